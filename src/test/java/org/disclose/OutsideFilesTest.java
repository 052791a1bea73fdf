package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.build.Build;
import org.disclose.build.BuildOptions;
import org.disclose.build.BuildProgress;
import org.disclose.build.BuildResult;
import org.disclose.build.BuildSession;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No file from outside the site reaches it: every file a build reads (content, sidecars, case images, site.yaml, the
 * theme's layouts, partials, assets, strings and theme.yaml, parent themes) must really lie inside content/ or a
 * folder of the theme chain. Each attack here is a real symbolic link to a file or folder elsewhere that holds a
 * marker; the build must fail with an error at the link, and no published file may hold the marker.
 */
class OutsideFilesTest {

    /** What the files outside hold: it must never be published. */
    private static final String SECRET = "SECRET-FROM-OUTSIDE-7f3a";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'S', 'E', 'C', 'R', 'E',
        'T', '-', 'F', 'R', 'O', 'M', '-', 'O', 'U', 'T', 'S', 'I', 'D', 'E', '-', '7', 'f', '3', 'a'};
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    /** Somewhere else on the disk. */
    @TempDir
    Path outside;

    private TestSite site;

    @BeforeEach
    void outsideFiles() throws IOException {
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: " + SECRET + "\ndate: 2023-05-10\n---\n\n"
                + SECRET + "\n");
        Files.writeString(outside.resolve("secret.mustache"), "<p>" + SECRET + "</p>\n");
        Files.writeString(outside.resolve("secret.css"), "body{content:'" + SECRET + "'}\n");
        Files.writeString(outside.resolve("secret.yaml"), "title: " + SECRET + "\nbaseUrl: https://x.example/\n");
        Files.write(outside.resolve("secret.png"), PNG);
        Files.createDirectories(outside.resolve("pics"));
        Files.write(outside.resolve("pics/secret.png"), PNG);
        site = TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: round2
                  name: 第二轮中央生态环境保护督察
                  stationedFrom: 2021-08-25
                  stationedTo: 2021-09-26
                  feedbackDate: 2021-12-12
                """);
        BuildResult base = site.build();
        assertTrue(base.ok(), base.diagnostics()::toString);
    }

    private Path at(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return p;
    }

    private void link(String relative, Path target) throws IOException {
        Path p = at(relative);
        if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(p);
        }
        Files.createSymbolicLink(p, target);
    }

    private static String caseWithImage(String path) {
        return "---\ntitle: 某案例\nround: round2\nstatus: 持续推进\nimages:\n  - path: " + path
                + "\n    alt: 现场照片\n---\n\n正文。\n";
    }

    /** The build fails with an error at {@code where}, and nothing published holds the secret. */
    private BuildResult refused(String where) {
        BuildResult r = assertTimeoutPreemptively(LIMIT, () -> site.build());
        assertFalse(r.ok(), "a link out of the site must stop the build: " + r.diagnostics());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR
                && d.pos().path().startsWith(where)), "an error at " + where + ": " + r.diagnostics());
        assertNothingPublished();
        return r;
    }

    private void assertNothingPublished() {
        assertNothingPublished(site.output());
    }

    private static void assertNothingPublished(Path output) {
        if (!Files.isDirectory(output)) {
            return;
        }
        try (Stream<Path> files = Files.walk(output)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(SECRET), f + " holds a file from outside the site");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).reduce("", (a, b) -> a + b + "\n");
    }

    // content

    @Test
    void aFolderLinkInCasesCannotPublishImagesFromAnywhere() throws IOException {
        link("content/cases/x", outside);
        site.write("content/cases/a.md", caseWithImage("x/secret.png"));
        BuildResult r = refused("content/cases/a.md");
        assertTrue(messages(r).contains("leads outside content/"), messages(r));
    }

    @Test
    void aFolderLinkToTheRootCannotPublishAnImageDeepInside() throws IOException {
        link("content/cases/root", Path.of("/"));
        site.write("content/cases/a.md", caseWithImage("root" + outside.resolve("pics/secret.png")));
        refused("content/cases/a.md");
    }

    @Test
    void anImageThatIsALinkOutIsRefused() throws IOException {
        link("content/cases/photo.png", outside.resolve("secret.png"));
        site.write("content/cases/a.md", caseWithImage("photo.png"));
        refused("content/cases/a.md");
    }

    @Test
    void anImageInANestedFolderLinkedOutIsRefused() throws IOException {
        Files.createDirectories(at("content/cases/photos/x"));
        link("content/cases/photos/deep", outside.resolve("pics"));
        site.write("content/cases/a.md", caseWithImage("photos/deep/secret.png"));
        refused("content/cases/a.md");
    }

    @Test
    void anImagePathThatClimbsIsRefused() throws IOException {
        Files.write(at("content/secret.png"), PNG);
        site.write("content/cases/a.md", caseWithImage("photos/../../secret.png"));
        refused("content/cases/a.md");
    }

    @Test
    void aReleaseThatIsALinkOutIsRefused() throws IOException {
        link("content/releases/a.md", outside.resolve("secret.md"));
        refused("content/releases/a.md");
    }

    @Test
    void theReleasesFolderLinkedOutIsRefused() throws IOException {
        link("content/releases", outside);
        refused("content/releases");
    }

    @Test
    void aPageFolderLinkedOutIsRefused() throws IOException {
        Files.copy(outside.resolve("secret.md"), outside.resolve("about.md"));
        link("content/pages", outside);
        refused("content/pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"releases", "pages", "cases", "tasks", "indicators", "complaints"})
    void everyContentFolderLinkedOutIsRefused(String folder) throws IOException {
        Path elsewhere = outside.resolve(folder);
        Files.createDirectories(elsewhere);
        Files.copy(outside.resolve("secret.md"), elsewhere.resolve("a.md"));
        Files.writeString(elsewhere.resolve("a.yaml"), "- id: a\n  round: round2\n  problem: " + SECRET
                + "\n  status: 达到序时进度\n");
        Files.writeString(elsewhere.resolve("b1.csv"), "序号,受理编号\n1," + SECRET + "\n");
        link("content/" + folder, elsewhere);
        refused("content/" + folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"layouts", "partials", "assets", "i18n"})
    void everyThemeFolderLinkedOutIsRefused(String part) throws IOException {
        Path elsewhere = outside.resolve(part);
        copyTree(dir.resolve("themes/default/" + part), elsewhere);
        Files.writeString(elsewhere.resolve("secret.txt"), SECRET);
        link("themes/default/" + part, elsewhere);
        refused("themes/default/" + part);
    }

    @Test
    void aComplaintTableOrItsSidecarLinkedOutIsRefused() throws IOException {
        Files.writeString(outside.resolve("b1.csv"), "序号,受理编号,交办问题基本情况,行政区域,问题类型,调查核实情况,是否属实,"
                + "办结目标,处理和整改情况,是否办结,责任人被处理情况\n1,A001," + SECRET + ",甲市,大气,核实,属实,到位,已整改,已办结,无\n");
        Files.writeString(outside.resolve("b1.yaml"), "batch: 1\nassigned: 2021-08-27\nround: round2\n");
        site.write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n");
        link("content/complaints/b1.csv", outside.resolve("b1.csv"));
        refused("content/complaints/b1.csv");

        Files.delete(dir.resolve("content/complaints/b1.csv"));
        Files.copy(outside.resolve("b1.csv"), dir.resolve("content/complaints/b1.csv"));
        Files.writeString(dir.resolve("content/complaints/b1.csv"),
                Files.readString(dir.resolve("content/complaints/b1.csv")).replace(SECRET, "反映废气"));
        link("content/complaints/b1.yaml", outside.resolve("b1.yaml"));
        refused("content/complaints/b1.yaml");
    }

    @Test
    void siteYamlAndRoundsYamlLinkedOutAreRefused() throws IOException {
        link("content/rounds.yaml", outside.resolve("secret.yaml"));
        refused("content/rounds.yaml");
        link("content/site.yaml", outside.resolve("secret.yaml"));
        refused("content/site.yaml");
    }

    @Test
    void aLinkThatStaysInsideContentIsFollowed() throws IOException {
        site.write("content/shared/a.md", "---\ntitle: 共享的稿件\ndate: 2023-05-10\n---\n\n正文。\n");
        link("content/releases/a.md", dir.resolve("content/shared/a.md"));
        Files.write(at("content/cases/photos/real.png"), PNG);
        link("content/cases/photo.png", Path.of("photos/real.png"));
        site.write("content/cases/a.md", caseWithImage("photo.png"));

        BuildResult r = site.build();

        assertTrue(r.ok(), r.diagnostics()::toString);
        assertTrue(site.read("releases/a/index.html").contains("共享的稿件"));
        assertTrue(site.exists("cases/a/images/photo.png"));
    }

    @Test
    void aLinkLoopInContentIsReportedNotFollowed() throws IOException {
        link("content/releases/loop.md", Path.of("loop.md"));
        refused("content/releases/loop.md");
        Files.delete(dir.resolve("content/releases/loop.md"));

        link("content/cases/loop", Path.of("loop"));
        site.write("content/cases/a.md", caseWithImage("loop/a.png"));
        BuildResult r = refused("content/cases/a.md");
        assertTrue(messages(r).contains("loop"), messages(r));
    }

    @Test
    void aCycleOfFoldersInContentDoesNotHangTheBuild() throws IOException {
        link("content/cases/up", dir.resolve("content"));
        link("content/misc/root", Path.of("/"));
        site.write("content/cases/a.md", caseWithImage("up/cases/up/cases/none.png"));
        BuildResult r = assertTimeoutPreemptively(LIMIT, () -> site.build());
        assertFalse(r.ok());
        assertTrue(messages(r).contains("not found"), messages(r));
    }

    @Test
    void aPreviewBuildRefusesLinksOutToo(@TempDir Path out) throws IOException {
        link("content/cases/x", outside);
        site.write("content/cases/a.md", caseWithImage("x/secret.png"));
        BuildSession session = new BuildSession(false);
        BuildResult r = assertTimeoutPreemptively(LIMIT, () -> Build.preview(
                BuildOptions.defaults(site.root()).withOutput(out), BuildProgress.NONE, session));
        assertFalse(r.ok());
        assertTrue(messages(r).contains("content/cases/a.md"), messages(r));
        assertNothingPublished(out);

        Files.delete(dir.resolve("content/cases/x"));
        Files.createDirectories(dir.resolve("content/cases/x"));
        Files.write(dir.resolve("content/cases/x/secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        BuildResult fixed = Build.preview(BuildOptions.defaults(site.root()).withOutput(out), BuildProgress.NONE,
                session);
        assertTrue(fixed.ok(), fixed.diagnostics()::toString);
        assertNothingPublished(out);
    }

    @Test
    void aHardLinkToAFileElsewhereIsNotRead() throws IOException {
        Files.createLink(at("content/releases/a.md"), outside.resolve("secret.md"));
        BuildResult r = refused("content/releases/a.md");
        assertTrue(messages(r).contains("hard link"), messages(r));
        Files.delete(dir.resolve("content/releases/a.md"));

        Files.createLink(at("content/cases/photo.png"), outside.resolve("secret.png"));
        site.write("content/cases/a.md", caseWithImage("photo.png"));
        refused("content/cases/a.md");
        Files.delete(dir.resolve("content/cases/a.md"));

        Files.delete(dir.resolve("themes/default/partials/footer.mustache"));
        Files.createLink(dir.resolve("themes/default/partials/footer.mustache"), outside.resolve("secret.mustache"));
        refused("themes/default/partials/footer.mustache");
    }

    @Test
    void aFifoWhereAFileShouldBeDoesNotHangTheBuild() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(at("content/releases/a.md")), "mkfifo is not available");
        assertTrue(mkfifo(at("content/cases/photo.png")));
        assertTrue(mkfifo(at("content/complaints/b1.yaml")));
        assertTrue(mkfifo(at("themes/default/partials/extra.mustache")));
        site.write("content/cases/a.md", caseWithImage("photo.png"));
        BuildResult r = refused("content/cases/a.md");
        assertTrue(messages(r).contains("is not a file"), messages(r));
    }

    private static boolean mkfifo(Path p) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    // themes

    @Test
    void aLayoutLinkedOutIsRefused() throws IOException {
        link("themes/default/layouts/page.mustache", outside.resolve("secret.mustache"));
        refused("themes/default/layouts/page.mustache");
    }

    @Test
    void aPartialLinkedOutIsRefused() throws IOException {
        link("themes/default/partials/footer.mustache", outside.resolve("secret.mustache"));
        refused("themes/default/partials/footer.mustache");
    }

    @Test
    void aPartialNamingAFileOutsideFindsNothing() throws IOException {
        Path footer = dir.resolve("themes/default/partials/footer.mustache");
        Files.writeString(footer, Files.readString(footer) + "{{> ../../../" + outside.getFileName() + "/secret}}\n"
                + "{{> " + outside.resolve("secret") + "}}\n");
        refused("themes/default");
    }

    @Test
    void thePartialsFolderLinkedOutIsRefused() throws IOException {
        Files.copy(dir.resolve("themes/default/partials/footer.mustache"), outside.resolve("footer.mustache"));
        Files.writeString(outside.resolve("footer.mustache"), "<footer>" + SECRET + "</footer>\n");
        Path partials = outside.resolve("partials");
        copyTree(dir.resolve("themes/default/partials"), partials);
        Files.writeString(partials.resolve("footer.mustache"), "<footer>" + SECRET + "</footer>\n");
        link("themes/default/partials", partials);
        refused("themes/default/partials");
    }

    @Test
    void anAssetLinkedOutIsRefused() throws IOException {
        link("themes/default/assets/passwd.css", outside.resolve("secret.css"));
        refused("themes/default/assets/passwd.css");
    }

    @Test
    void anAssetsSubfolderLinkedOutIsRefused() throws IOException {
        link("themes/default/assets/img", outside);
        refused("themes/default/assets/img");
        link("themes/default/assets/root", Path.of("/"));
        Files.delete(dir.resolve("themes/default/assets/img"));
        refused("themes/default/assets/root");
    }

    @Test
    void aLoopInTheThemeIsReportedNotFollowed() throws IOException {
        link("themes/default/assets/again", dir.resolve("themes/default/assets"));
        refused("themes/default/assets/again");
        Files.delete(dir.resolve("themes/default/assets/again"));
        link("themes/default/partials/self.mustache", Path.of("self.mustache"));
        refused("themes/default/partials/self.mustache");
    }

    @Test
    void stringsAndThemeYamlLinkedOutAreRefused() throws IOException {
        Files.writeString(outside.resolve("zh-CN.yaml"), Files.readString(dir.resolve(
                "themes/default/i18n/zh-CN.yaml")).replaceFirst("home: [^\\n]*", "home: " + SECRET));
        link("themes/default/i18n/zh-CN.yaml", outside.resolve("zh-CN.yaml"));
        refused("themes/default/i18n/zh-CN.yaml");
        Files.delete(dir.resolve("themes/default/i18n/zh-CN.yaml"));
        TestSite.copyTree(TestSite.PROJECT.resolve("themes/default/i18n"), dir.resolve("themes/default/i18n"));

        Files.writeString(outside.resolve("theme.yaml"), "name: " + SECRET + "\n");
        link("themes/default/theme.yaml", outside.resolve("theme.yaml"));
        refused("themes/default/theme.yaml");
    }

    @Test
    void aThemeFolderLinkedOutIsRefusedUnlessTrusted() throws IOException {
        Path shared = outside.resolve("shared-themes");
        copyTree(dir.resolve("themes/default"), shared.resolve("gov"));
        Files.writeString(shared.resolve("gov/partials/footer.mustache"), "<footer>共享主题页脚</footer>\n");
        deleteTree(dir.resolve("themes/default"));
        link("themes/default", shared.resolve("gov"));

        BuildResult untrusted = refused("content/site.yaml");
        assertTrue(messages(untrusted).contains("trustedThemeFolders"), messages(untrusted));

        site.write("content/site.yaml", Files.readString(dir.resolve("content/site.yaml"))
                + "trustedThemeFolders:\n  - " + shared + "\n");
        BuildResult trusted = site.build();
        assertTrue(trusted.ok(), trusted.diagnostics()::toString);
        assertTrue(site.read("index.html").contains("共享主题页脚"), "the shared theme is used");

        // a link inside the trusted theme that leads out of it is refused all the same
        Files.createSymbolicLink(shared.resolve("gov/partials/extra.mustache"), outside.resolve("secret.mustache"));
        refused("themes/default/partials/extra.mustache");
        Files.delete(shared.resolve("gov/partials/extra.mustache"));
        // even into the trusted folder, beside the theme
        Files.createDirectories(shared.resolve("other"));
        Files.writeString(shared.resolve("other/x.css"), SECRET);
        Files.createSymbolicLink(shared.resolve("gov/assets/x.css"), shared.resolve("other/x.css"));
        refused("themes/default/assets/x.css");
    }

    @Test
    void aTrustedFolderMustBeAnAbsoluteExistingFolder() {
        for (String entry : List.of("shared", "/no/such/folder", outside + "/../" + outside.getFileName(), "/",
                "/tmp/../")) {
            site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\n"
                    + "trustedThemeFolders: ['" + entry + "']\n");
            BuildResult r = site.build();
            assertFalse(r.ok(), entry);
            assertTrue(messages(r).contains("content/site.yaml:3:22: error: trusted theme folder"), messages(r));
        }
    }

    @Test
    void aThemeFolderLinkedToTheRootIsRefused() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: root\n");
        link("themes/root", Path.of("/"));
        refused("content/site.yaml");
    }

    @Test
    void aParentThemeLinkedOutIsRefused() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: city\n")
                .write("themes/city/theme.yaml", "name: city\nextends: evil\n");
        copyTree(dir.resolve("themes/default"), outside.resolve("evil"));
        Files.writeString(outside.resolve("evil/partials/footer.mustache"), "<footer>" + SECRET + "</footer>\n");
        link("themes/evil", outside.resolve("evil"));
        refused("themes/city/theme.yaml");
    }

    @Test
    void aParentThemeNamedWithDotsIsRefused() {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: city\n")
                .write("themes/city/theme.yaml", "name: city\nextends: ../../" + outside.getFileName() + "\n");
        refused("themes/city/theme.yaml");
        site.write("themes/city/theme.yaml", "name: city\nextends: default..x\n");
        refused("themes/city/theme.yaml");
    }

    @Test
    void aThemeFolderInALoopIsReported() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: loop\n");
        link("themes/loop", Path.of("loop"));
        BuildResult r = refused("content/site.yaml");
        assertTrue(messages(r).contains("loop"), messages(r));
    }

    @Test
    void theThemesFolderItselfLinkedOutIsRefused() throws IOException {
        Path elsewhere = outside.resolve("themes");
        copyTree(dir.resolve("themes"), elsewhere);
        deleteTree(dir.resolve("themes"));
        Files.createSymbolicLink(dir.resolve("themes"), elsewhere);
        refused("content/site.yaml");
    }

    @Test
    void aThemeLinkedInsideTheSiteIsFollowed() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: alias\n");
        link("themes/alias", Path.of("default"));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), r.diagnostics());
    }

    private static void copyTree(Path from, Path to) {
        TestSite.copyTree(from, to);
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isSymbolicLink(p) || !Files.isDirectory(p)) {
            Files.delete(p);
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
