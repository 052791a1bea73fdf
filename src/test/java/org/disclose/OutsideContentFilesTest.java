package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.pipeline.BuildSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content, sidecars, case images and site.yaml linked out of content/ are refused; links inside it are followed. */
class OutsideContentFilesTest extends OutsideFiles {

    // content

    @Test
    void aFolderLinkInCasesCannotPublishImagesFromAnywhere() throws IOException {
        link("content/cases/x", outside);
        site.write("content/cases/a.md", caseWithImage("x/secret.png"));
        BuildResult r = refused("content/cases/a.md");
        assertContains(messages(r), "leads outside content/");
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
        assertEquals("共享的稿件", Html.of(site.read("releases/a/index.html")).h1(), "the linked release is published");
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
        assertContains(messages(r), "loop");
    }

    @Test
    void aCycleOfFoldersInContentDoesNotHangTheBuild() throws IOException {
        link("content/cases/up", dir.resolve("content"));
        link("content/misc/root", Path.of("/"));
        site.write("content/cases/a.md", caseWithImage("up/cases/up/cases/none.png"));
        BuildResult r = assertTimeoutPreemptively(LIMIT, () -> site.build());
        assertFalse(r.ok());
        assertContains(messages(r), "not found");
    }

    @Test
    void aPreviewBuildRefusesLinksOutToo(@TempDir Path out) throws IOException {
        link("content/cases/x", outside);
        site.write("content/cases/a.md", caseWithImage("x/secret.png"));
        BuildSession session = new BuildSession(false);
        BuildResult r = assertTimeoutPreemptively(LIMIT, () -> Build.preview(
                BuildOptions.defaults(site.root()).withOutput(out), BuildProgress.NONE, session));
        assertFalse(r.ok());
        assertContains(messages(r), "content/cases/a.md");
        assertNothingPublished(out);

        Files.delete(dir.resolve("content/cases/x"));
        Files.createDirectories(dir.resolve("content/cases/x"));
        Files.write(dir.resolve("content/cases/x/secret.png"), PNG);
        BuildResult fixed = Build.preview(BuildOptions.defaults(site.root()).withOutput(out), BuildProgress.NONE,
                session);
        assertTrue(fixed.ok(), fixed.diagnostics()::toString);
        assertNothingPublished(out);
    }

    @Test
    void aHardLinkToAFileElsewhereIsNotRead() throws IOException {
        Files.createLink(at("content/releases/a.md"), outside.resolve("secret.md"));
        BuildResult r = refused("content/releases/a.md");
        assertContains(messages(r), "hard link");
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
        assertContains(messages(r), "is not a file");
    }

    private static boolean mkfifo(Path p) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
