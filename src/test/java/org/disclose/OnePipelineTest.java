package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.pipeline.BuildSession;
import org.disclose.publish.SiteMarker;
import org.disclose.render.SiteAddresses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of the site and a preview build are one pipeline with another output: the same content gives the same
 * files, a preview rewrites only what a save changes, and a preview that fails leaves its folder as it was.
 */
class OnePipelineTest {

    private static final String RELEASE = "content/releases/2023-05-10-jilin-second-round-progress.md";

    @TempDir
    Path dir;
    @TempDir
    Path preview;

    private final BuildSession session = new BuildSession(false);

    private BuildResult preview(TestSite site) {
        return Build.preview(BuildOptions.defaults(site.root()).withOutput(preview), BuildProgress.NONE, session);
    }

    private static String release(String title, String date, String body) {
        return "---\ntitle: " + title + "\ndate: 2023-05-" + date + "\n---\n\n" + body + "\n";
    }

    @Test
    @Tag("slow")
    void aPreviewAndABuildOfTheSameContentWriteTheSameFiles() {
        TestSite site = TestSite.demo(dir);
        BuildResult built = site.build();
        assertTrue(built.ok(), built.diagnostics()::toString);
        BuildResult previewed = preview(site);
        assertTrue(previewed.ok(), previewed.diagnostics()::toString);
        assertFalse(Files.exists(preview.resolve("search/meta.json")), "the search index waits for the pages");
        Runnable later = session.takeLater();
        assertNotNull(later);
        later.run();

        Map<String, String> full = TestSite.digest(site.output());
        // what only a published site has: compressed copies for the server, the manifest, the build's marker
        full.keySet().removeIf(f -> f.endsWith(".gz") || f.equals(SiteAddresses.MANIFEST)
                || f.equals(SiteMarker.MARKER));
        assertTrue(full.size() > 500, "the demo site: " + full.size() + " files");
        assertEquals(full, TestSite.digest(preview));
        assertEquals(built.pages(), previewed.pages());
        assertEquals(built.rendered(), previewed.rendered(), "a first build renders every page");
    }

    @Test
    void aPreviewRendersAndWritesOnlyWhatASaveChanges() {
        TestSite site = TestSite.minimal(dir);
        for (int i = 1; i <= 6; i++) {
            site.write("content/releases/r" + i + ".md", release("第" + i + "号", String.format("%02d", 10 + i),
                    "正文" + i + "。"));
        }
        BuildResult first = preview(site);
        assertTrue(first.ok(), first.diagnostics()::toString);
        assertEquals(first.pages(), first.rendered());
        Map<String, Object> before = files(preview);

        site.write("content/releases/r3.md", release("第3号", "13", "改过的正文。"));
        BuildResult second = preview(site);

        assertTrue(second.ok(), second.diagnostics()::toString);
        assertEquals(first.pages(), second.pages());
        assertTrue(second.rendered() >= 1 && second.rendered() < first.pages() / 2, "rendered "
                + second.rendered() + " of " + second.pages() + " pages: the release and the pages that show it");
        Map<String, Object> after = files(preview);
        assertEquals(before.keySet(), after.keySet());
        List<String> rewritten = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).toList();
        assertContains(rewritten, "releases/r3/index.html", "the changed release is written");
        assertNotContains(rewritten, "releases/r5/index.html", "an unrelated release is not");
        assertTrue(rewritten.size() <= second.rendered() + 2, "only changed files are written: " + rewritten);
        assertContains(Html.of(read("releases/r3/index.html")).text(), "改过的正文。");

        BuildResult third = preview(site);
        assertTrue(third.nothingNew(), "nothing changed");
        assertEquals(0, third.rendered());
        assertEquals(after, files(preview), "a save that changes nothing writes nothing");
    }

    @Test
    void aFailedPreviewLeavesTheFolderAsItWasAndAPageRemovedIsRemoved() throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "10", "正文。"))
                .write("content/releases/b.md", release("乙", "11", "正文。"));
        assertTrue(preview(site).ok());
        Map<String, Object> before = files(preview);

        site.write("content/releases/a.md", release("甲改", "10", "见[丙](../nowhere/)。"));
        Files.delete(site.root().resolve("content/releases/b.md"));
        BuildResult failed = preview(site);

        assertFalse(failed.ok());
        assertEquals(before, files(preview), "not one file written, touched or removed");
        assertEquals(List.of(), leftovers(), "nothing left beside the folder");

        site.write("content/releases/a.md", release("甲改", "10", "正文。"));
        BuildResult fixed = preview(site);
        assertTrue(fixed.ok(), fixed.diagnostics()::toString);
        assertEquals("甲改", Html.of(read("releases/a/index.html")).h1());
        assertFalse(Files.exists(preview.resolve("releases/b/index.html")), "the removed release's page is gone");
        assertFalse(Files.exists(preview.resolve("releases/b")), "and its folder");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void afterACrashAPreviewStartsAfreshAndStillRemovesWhatTheSiteNoLongerHas() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "10", "正文。"))
                .write("content/releases/b.md", release("乙", "11", "正文。"));
        assertTrue(preview(site).ok());
        Map<String, Object> before = files(preview);
        site.write("content/releases/a.md", release("甲改", "10", "正文。"));
        BuildResult crashed = Build.preview(BuildOptions.defaults(site.root()).withOutput(preview),
                new BuildProgress() {
                    @Override
                    public void stageDone(String stage, String counts, long millis) {
                        if (stage.equals("render+write")) {
                            throw new IllegalStateException("boom"); // outside any one page: the build crashes
                        }
                    }
                }, session);
        assertFalse(crashed.ok());
        assertContains(crashed.diagnostics().toString(), "internal error");
        assertEquals(before, files(preview), "a crash writes nothing");

        try {
            Files.delete(site.root().resolve("content/releases/b.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildResult next = preview(site);

        assertTrue(next.ok(), next.diagnostics()::toString);
        assertEquals(next.pages(), next.rendered(), "the session forgot its pages: all are rendered again");
        assertEquals("甲改", Html.of(read("releases/a/index.html")).h1());
        assertFalse(Files.exists(preview.resolve("releases/b/index.html")), "yet it knows what the folder holds");
    }

    private String read(String file) {
        try {
            return Files.readString(preview.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each file of a folder with what tells a rewrite: its inode and modification time. */
    private static Map<String, Object> files(Path folder) {
        Map<String, Object> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.put(folder.relativize(p).toString(), List.of(a.fileKey(), a.lastModifiedTime()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Folders a preview build left beside its own. */
    private List<String> leftovers() throws IOException {
        String name = "." + preview.getFileName() + ".";
        try (Stream<Path> list = Files.list(preview.getParent())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name)).toList();
        }
    }
}
