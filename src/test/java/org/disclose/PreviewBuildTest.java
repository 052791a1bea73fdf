package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.pipeline.BuildSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's builds ({@link Build#preview}): they re-read only changed files and render only changed pages,
 * yet report exactly what a full build would, and leave the folder as a full build would make it.
 */
class PreviewBuildTest {

    @TempDir
    Path dir;
    @TempDir
    Path out;

    private final BuildSession session = new BuildSession(false);

    private BuildResult preview(TestSite site) {
        return Build.preview(BuildOptions.defaults(site.root()).withOutput(out), BuildProgress.NONE, session);
    }

    private static String release(String title, String date, String front, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n" + front + "---\n\n" + body + "\n";
    }

    @Test
    @Tag("slow")
    void anImageAddedAfterTheErrorIsFoundWithoutTouchingTheCase() throws IOException {
        TestSite site = TestSite.demo(dir);
        Path caseFile = site.root().resolve("content/cases/1-nongan-construction-waste.md");
        Files.writeString(caseFile, Files.readString(caseFile).replaceFirst("\n---\n",
                "\nimages:\n  - path: photo.png\n    alt: 整改后的现场\n---\n"));
        BuildResult missing = preview(site);
        assertFalse(missing.ok());
        assertContains(missing.diagnostics().toString(), "image 'photo.png' not found");

        Files.write(site.root().resolve("content/cases/photo.png"), OutsideFiles.PNG); // a real image
        BuildResult found = preview(site);

        assertTrue(found.ok(), found.diagnostics()::toString);
        assertTrue(Files.isRegularFile(out.resolve("cases/1-nongan-construction-waste/images/photo.png")),
                "the image is published beside its case");
    }

    @Test
    void aBrokenLinkIsReportedWhereItIsWrittenAfterAnUnrelatedSave() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "", "第一段。\n\n见[乙](../nowhere/)。"))
                .write("content/releases/b.md", release("乙", "2023-05-11", "", "正文。"));
        BuildResult first = preview(site);
        assertFalse(first.ok());
        String where = "content/releases/a.md:8:";
        assertContains(first.diagnostics().toString(), where);

        site.write("content/releases/b.md", release("乙", "2023-05-11", "", "改过的正文。"));
        BuildResult second = preview(site);

        assertFalse(second.ok());
        assertContains(second.diagnostics().toString(), where, "a.md was not read again, and its link is still placed");
    }

    @Test
    void aSaveThatOnlyAddsOrRemovesAWarningIsNotNothing() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "", "正文。"));
        assertTrue(preview(site).ok());
        assertTrue(preview(site).nothingNew(), "nothing changed");

        site.write("content/releases/a.md", release("甲", "2023-05-10", "colour: 红\n", "正文。"));
        BuildResult warned = preview(site);
        assertFalse(warned.nothingNew(), "the new warning must be shown");
        assertContains(warned.diagnostics().toString(), "colour");

        site.write("content/releases/a.md", release("甲", "2023-05-10", "", "正文。"));
        BuildResult clean = preview(site);
        assertFalse(clean.nothingNew(), "the warning's going must be shown");
        assertEquals(0, clean.diagnostics().size(), clean.diagnostics()::toString);
    }

    @Test
    void pagesOfAFailedFirstBuildDoNotOutliveTheFix() throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "", "见[乙](../nowhere/)。"));
        assertFalse(preview(site).ok());
        assertFalse(Files.exists(out.resolve("releases/a/index.html")), "a failed build writes nothing, even a first");

        Files.delete(site.root().resolve("content/releases/a.md"));
        site.write("content/releases/b.md", release("乙", "2023-05-11", "", "正文。"));
        BuildResult fixed = preview(site);

        assertTrue(fixed.ok(), fixed.diagnostics()::toString);
        assertTrue(Files.exists(out.resolve("releases/b/index.html")));
        assertFalse(Files.exists(out.resolve("releases/a/index.html")), "the failed build's page is removed");
    }

    @Test
    void thePreviewFolderEndsAsAFullBuildMakesIt(@TempDir Path full) throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲", "2023-05-10", "tags: [水]\n", "正文。"))
                .write("content/releases/b.md", release("乙", "2023-05-11", "tags: [气]\n", "正文。"));
        assertTrue(preview(site).ok());
        site.write("content/releases/a.md", release("甲的新标题", "2023-05-12", "tags: [土]\n", "新正文。"));
        Files.delete(site.root().resolve("content/releases/b.md"));
        assertTrue(preview(site).ok());

        BuildResult clean = Build.preview(BuildOptions.defaults(site.root()).withOutput(full), BuildProgress.NONE,
                new BuildSession(false));
        assertTrue(clean.ok());
        java.util.Map<String, String> incremental = TestSite.digest(out);
        java.util.Map<String, String> scratch = TestSite.digest(full);
        // the search index is written once the pages are shown; the server does it, this test does not
        incremental.keySet().removeIf(f -> f.startsWith("search/"));
        scratch.keySet().removeIf(f -> f.startsWith("search/"));
        assertEquals(scratch, incremental);
    }
}
