package org.disclose.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclose.TestSite;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress a build reports, which the preview and the command line show: stages in order, with counts. */
class BuildProgressTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryStageWithItsCountsAndEveryPage() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 一\ndate: 2023-05-10\n---\n\n正文。\n")
                .write("content/releases/b.md", "---\ntitle: 二\ndate: 2023-05-11\n---\n\n正文。\n");
        List<String> stages = new ArrayList<>();
        AtomicInteger total = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        BuildResult result = Build.run(site.options(), new BuildProgress() {
            @Override
            public synchronized void stageDone(String stage, String counts, long millis) {
                stages.add(counts.isEmpty() ? stage : stage + ": " + counts);
            }

            @Override
            public void rendering(int pages) {
                total.set(pages);
            }

            @Override
            public void rendered() {
                rendered.incrementAndGet();
            }
        });
        assertTrue(result.ok(), result.diagnostics()::toString);
        assertEquals("read: 2 releases", stages.get(0));
        assertEquals("check", stages.get(1));
        assertEquals("generate: " + result.pages() + " pages", stages.get(2));
        assertTrue(stages.get(3).matches("derive: \\d+ data files"), stages.get(3));
        assertTrue(stages.get(4).startsWith("render+write: " + result.pages() + " pages, "), stages.get(4));
        assertEquals("commit", stages.get(5));
        assertEquals(result.pages(), total.get());
        assertEquals(result.pages(), rendered.get());
    }
}
