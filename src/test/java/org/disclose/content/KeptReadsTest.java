package org.disclose.content;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.disclose.publish.SiteMarker;
import org.disclose.render.SiteAddresses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of the site reads only the content files changed since the last build, from what that build kept beside
 * the site ({@code .disclose-cache/reads/}), and still makes exactly the site a build without it makes: after edits,
 * removals, new files and new settings, with what reading a kept file reported reported again, and with a damaged or
 * foreign cache ignored.
 */
@Tag("slow")
class KeptReadsTest {

    @TempDir
    Path dir;

    private static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aBuildFromKeptReadsMakesTheSiteACleanBuildMakes() throws IOException {
        TestSite site = builtDemoWith("2023-04-01-extra.md", "---\ntitle: 将被删除的通报\ndate: 2023-04-01\n"
                + "round: round2\n---\n\n正文。\n");
        assertTrue(Files.isDirectory(site.root().resolve(".disclose-cache/reads")), "what was read is kept");

        // an edit, a removal, a new release, and a warning in a file that is then left alone
        Path release = site.root().resolve("content/releases/2023-05-10-jilin-second-round-progress.md");
        Files.writeString(release, Files.readString(release) + "\n整改工作持续推进中。\n");
        Files.delete(site.root().resolve("content/releases/2023-04-01-extra.md"));
        site.write("content/releases/2023-06-01-new.md", "---\ntitle: 新的通报\ndate: 2023-06-01\nround: round2\n"
                + "unknownField: 1\n---\n\n新的正文。\n");
        settle(site.root());
        BuildResult second = site.build();
        assertTrue(second.ok(), second.diagnostics()::toString);
        String warning = warnings(second);
        assertContains(warning, "unknownField");
        site.write("content/pages/extra.md", "---\ntitle: 另一页\n---\n\n正文。\n");
        settle(site.root());
        BuildResult third = site.build();
        assertTrue(third.ok(), third.diagnostics()::toString);
        assertEquals(warning, warnings(third), "a kept file's warning is reported again");

        assertEquals(files(cleanBuildOf(site, "clean")), files(site.output()));
        assertContains(site.read("releases/2023-05-10-jilin-second-round-progress/index.html"), "整改工作持续推进中。");
    }

    @Test
    void keptReadsAreUsedOnlyWithTheThemeAndSettingsTheyWereReadWith() throws IOException {
        TestSite site = builtDemoWith("2023-04-01-table.md", "---\ntitle: 有表格的通报\ndate: 2023-04-01\n"
                + "round: round2\n---\n\n| 指标 | 数值 |\n| --- | --- |\n| PM2.5 | 25 |\n");
        // what a table's region is called comes from the theme's strings, and is in the body as it is read
        Path strings = site.root().resolve("themes/default/i18n/zh-CN.yaml");
        Files.writeString(strings, Files.readString(strings).replace("tableRegion: 数据表格，可左右滑动查看",
                "tableRegion: 表格"));
        assertTrue(site.build().ok());
        assertContains(site.read("releases/2023-04-01-table/index.html"), "aria-label=\"表格\"");
        assertEquals(files(cleanBuildOf(site, "clean")), files(site.output()));
    }

    @Test
    void aDamagedOrForeignCacheIsIgnored() throws IOException {
        TestSite site = TestSite.demo(dir.resolve("kept"));
        settle(site.root());
        assertTrue(site.build().ok());
        Path reads = site.root().resolve(".disclose-cache/reads");
        try (Stream<Path> parts = Files.list(reads)) {
            for (Path part : parts.sorted().toList()) {
                if (part.getFileName().toString().startsWith("0")) {
                    Files.write(part, new byte[] {1, 2, 3}); // damaged
                } else {
                    try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(part))) {
                        out.writeUTF("disclose reads 1");
                        out.writeObject(URI.create("https://example.org/")); // a class the cache never holds
                    }
                }
            }
        }
        Path release = site.root().resolve("content/releases/2023-05-10-jilin-second-round-progress.md");
        Files.writeString(release, Files.readString(release) + "\n再补充一句。\n");
        settle(site.root());
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(files(cleanBuildOf(site, "clean")), files(site.output()));
    }

    @Test
    void theCacheStaysWithTheContentWhereverTheSiteIsBuilt() throws IOException {
        TestSite site = TestSite.minimal(dir.resolve("kept"))
                .write("content/releases/a.md", "---\ntitle: 甲\ndate: 2023-05-10\n---\n\n正文。\n");
        Path webRoot = Files.createDirectories(dir.resolve("www"));
        assertTrue(site.build(site.options().withOutput(webRoot.resolve("zhenggai"))).ok());
        assertTrue(Files.isDirectory(site.root().resolve(".disclose-cache/reads")));
        try (Stream<Path> beside = Files.list(webRoot)) {
            assertEquals(java.util.List.of("zhenggai"), beside.map(p -> p.getFileName().toString()).toList(),
                    "nothing but the site in the web server's folder");
        }
    }

    @Test
    void aCacheFolderThatIsALinkIsNeitherReadNorWritten() throws IOException {
        TestSite site = TestSite.minimal(dir.resolve("kept"))
                .write("content/releases/a.md", "---\ntitle: 甲\ndate: 2023-05-10\n---\n\n正文。\n");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(site.root().resolve(".disclose-cache"), elsewhere);
        settle(site.root());
        assertTrue(site.build().ok());
        site.write("content/releases/b.md", "---\ntitle: 乙\ndate: 2023-05-11\n---\n\n正文。\n");
        assertTrue(site.build().ok());
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertEquals(java.util.List.of(), written.toList(), "nothing is written where the link leads");
        }
    }

    /** The demo with one more release, built once, its files dated well before now so that what is read is kept. */
    private TestSite builtDemoWith(String release, String text) throws IOException {
        TestSite site = TestSite.demo(dir.resolve("kept")).write("content/releases/" + release, text);
        settle(site.root());
        assertTrue(site.build().ok());
        return site;
    }

    /** Dates every content file well before now: files saved a moment ago are read again, whatever was kept. */
    private static void settle(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(EARLIER));
            }
        }
    }

    private static String warnings(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).filter(s -> s.contains("warning"))
                .sorted().toList().toString();
    }

    /** The same content built afresh into another folder, with nothing kept from before. */
    private Path cleanBuildOf(TestSite site, String name) throws IOException {
        TestSite clean = TestSite.demo(dir.resolve(name));
        try (Stream<Path> old = Files.walk(clean.root().resolve("content"))) {
            for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        copy(site.root().resolve("content"), clean.root().resolve("content"));
        Files.copy(site.root().resolve("themes/default/i18n/zh-CN.yaml"),
                clean.root().resolve("themes/default/i18n/zh-CN.yaml"), StandardCopyOption.REPLACE_EXISTING);
        BuildResult r = clean.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        return clean.output();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The site's files with their digests, but the two that say when and from what it was built. */
    private static Map<String, String> files(Path site) {
        Map<String, String> files = new TreeMap<>(TestSite.digest(site));
        files.remove(SiteAddresses.MANIFEST);
        files.remove(SiteMarker.MARKER);
        return files;
    }
}
