package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild renders only the pages whose inputs changed; every other page is kept from the current site untouched
 * (same file, same modification time), and the site is still exactly what a clean build writes, links checked.
 */
class IncrementalBuildTest {

    private static final String RELEASE = "content/releases/2023-05-10-jilin-second-round-progress.md";

    @TempDir
    Path dir;

    @Test
    @Tag("slow")
    void changingOneReleaseRendersOnlyItsPagesAndKeepsTheRestUntouched(@TempDir Path clean) throws IOException {
        TestSite site = TestSite.demo(dir);
        BuildResult first = site.build();
        assertTrue(first.ok(), first.diagnostics()::toString);
        assertEquals(first.pages(), first.rendered(), "a first build renders every page");
        Object aboutFile = fileKey(site, "about/index.html");
        BasicFileAttributes complaint = attributes(site, "complaints/index.html");

        Files.writeString(site.root().resolve(RELEASE), Files.readString(site.root().resolve(RELEASE))
                + "\n整改工作持续推进中。\n");
        BuildResult second = site.build();

        assertTrue(second.ok(), second.diagnostics()::toString);
        assertEquals(first.pages(), second.pages());
        assertTrue(second.rendered() >= 1 && second.rendered() <= 20, "rendered " + second.rendered()
                + " of " + second.pages() + " pages: the release, and the lists and feeds of pages that show it");
        assertContains(Html.of(site.read("releases/2023-05-10-jilin-second-round-progress/index.html")).text(),
                "整改工作持续推进中。");
        assertEquals(aboutFile, fileKey(site, "about/index.html"), "an unchanged page is the same file");
        assertEquals(complaint.lastModifiedTime(), attributes(site, "complaints/index.html").lastModifiedTime(),
                "an unchanged page keeps its modification time");

        BuildResult fresh = site.build(site.options().withOutput(clean.resolve("site")));
        assertTrue(fresh.ok());
        Map<String, String> rebuilt = TestSite.digest(site.output());
        Map<String, String> scratch = TestSite.digest(clean.resolve("site"));
        rebuilt.remove("manifest.json");
        scratch.remove("manifest.json");
        rebuilt.remove(".disclose-site");
        scratch.remove(".disclose-site");
        assertEquals(scratch, rebuilt, "a rebuild writes exactly what a clean build writes");
    }

    @Test
    @Tag("slow")
    void aChangeThatPrintsAlikeStillRendersThePageAgain() throws IOException {
        TestSite site = TestSite.demo(dir);
        assertTrue(site.build().ok());
        Path tasks = site.root().resolve("content/tasks/sample-tasks.yaml");
        // two measures become one that reads like both: a list's plain text would not tell them apart
        Files.writeString(tasks, Files.readString(tasks).replaceFirst(
                "    - \"建立锅炉淘汰清单\"\n    - \"推进清洁能源替代\"", "    - \"建立锅炉淘汰清单, 推进清洁能源替代\""));

        BuildResult r = site.build();

        assertTrue(r.ok(), r.diagnostics()::toString);
        assertContains(Html.of(site.read("tasks/9/index.html")).text(), "建立锅炉淘汰清单, 推进清洁能源替代");
    }

    @Test
    void aKeptPageStillFailsTheBuildWhenThePageItLinksToIsRemoved() throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "见[乙](../b/)。"))
                .write("content/releases/b.md", release("乙", "2023-05-11", "正文。"));
        assertTrue(site.build().ok());
        Map<String, String> before = TestSite.digest(site.output());

        Files.delete(site.root().resolve("content/releases/b.md"));
        BuildResult r = site.build();

        assertFalse(r.ok(), "the link from the unchanged page a to the removed page b is broken");
        assertContains(r.diagnostics().toString(), "content/releases/a.md");
        assertContains(r.diagnostics().toString(), "points to /releases/b/");
        assertEquals(before, TestSite.digest(site.output()), "a failed build leaves the site as it was");
    }

    @Test
    void aKeptPageStillFailsTheBuildWhenTheHeadingItLinksToIsRenamed() throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "见[乙的背景](../b/#h-背景)。"))
                .write("content/releases/b.md", release("乙", "2023-05-11", "## 背景\n\n正文。"));
        BuildResult first = site.build();
        assertTrue(first.ok(), first.diagnostics()::toString);

        site.write("content/releases/b.md", release("乙", "2023-05-11", "## 工作背景情况\n\n正文。"));
        BuildResult r = site.build();

        assertFalse(r.ok(), "page a is not rendered again, yet its link to the renamed heading is checked");
        assertContains(r.diagnostics().toString(), "which is not on /releases/b/index.html");
    }

    @Test
    void aPageDeletedFromTheSiteByHandIsWrittenAgain() throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "见[乙](../b/)。"))
                .write("content/releases/b.md", release("乙", "2023-05-11", "正文。"));
        assertTrue(site.build().ok());
        Files.delete(site.output().resolve("releases/b/index.html"));
        Files.delete(site.output().resolve("releases/index.html"));
        site.write("content/releases/b.md", release("乙", "2023-05-11", "新的正文。"));

        BuildResult r = site.build();

        assertTrue(r.ok(), r.diagnostics()::toString);
        assertContains(Html.of(site.read("releases/b/index.html")).text(), "新的正文。");
        assertTrue(site.exists("releases/index.html"), "a page missing from the site is rendered, not kept");
    }

    @Test
    void aThemeChangeRendersEveryPageAgain() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "正文。"));
        BuildResult first = site.build();
        assertTrue(first.ok(), first.diagnostics()::toString);
        site.write("themes/default/partials/extra-note.mustache", "<p>新增</p>\n");

        BuildResult second = site.build();

        assertTrue(second.ok(), second.diagnostics()::toString);
        assertEquals(second.pages(), second.rendered());
    }

    @Test
    void aChangeInsideALinkedThemeRendersEveryPageAgain(@TempDir Path shared) throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "正文。"));
        Path theme = site.root().resolve("themes/default");
        Files.move(theme, shared.resolve("default"));
        Files.createSymbolicLink(theme, shared.resolve("default"));
        site.write("content/site.yaml", Files.readString(site.root().resolve("content/site.yaml"))
                + "trustedThemeFolders: [\"" + shared + "\"]\n");
        assertTrue(site.build().ok());
        Path footer = shared.resolve("default/partials/footer.mustache");
        Files.writeString(footer, Files.readString(footer).replace("</footer>", "<p>共享主题的新页脚</p></footer>"));

        BuildResult r = site.build();

        assertTrue(r.ok(), r.diagnostics()::toString);
        assertFalse(r.upToDate(), "a change in a linked theme is a change");
        assertEquals(r.pages(), r.rendered());
        assertContains(Html.of(site.read("releases/a/index.html")).text(), "共享主题的新页脚");
    }

    private static String release(String title, String date, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n---\n\n" + body + "\n";
    }

    private static Object fileKey(TestSite site, String file) throws IOException {
        return attributes(site, file).fileKey();
    }

    private static BasicFileAttributes attributes(TestSite site, String file) throws IOException {
        return Files.readAttributes(site.output().resolve(file), BasicFileAttributes.class);
    }
}
