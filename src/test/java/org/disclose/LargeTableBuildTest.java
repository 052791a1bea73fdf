package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disclose.pipeline.BuildResult;
import org.disclose.content.table.TableReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Complaint tables at and beyond the limits, built by {@code disclose build} in a JVM of its own with the launcher's
 * heap ({@code -Xmx1700m}, see ./disclose): a table within the limits builds, one beyond them is a located error at
 * once, and a heap too small for the content ends in one clear line, never in an OutOfMemoryError's trace.
 */
@Tag("slow")
class LargeTableBuildTest {

    private static final String HEADER = "序号,受理编号,交办问题基本情况,行政区域,问题类型,调查核实情况,是否属实,办结目标,"
            + "处理和整改情况,是否办结,责任人被处理情况\n";
    private static final String SENTENCE = "反映某企业生产时排放刺鼻气体，夜间噪声扰民，周边居民反映强烈，要求尽快整改。";

    @TempDir
    Path dir;

    /** The outcome of one run: exit status and everything it printed. */
    private record Run(int status, String output) {
    }

    private TestSite site() {
        return TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: round2
                  name: 第二轮中央生态环境保护督察
                  stationedFrom: 2021-08-25
                  stationedTo: 2021-09-26
                  feedbackDate: 2021-12-12
                """).write("content/complaints/batch-01.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n");
    }

    /** Writes rows of the given text cells until the file has {@code bytes} bytes (at most). */
    private static void table(Path file, long bytes, String summary, String handling) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            long size = HEADER.getBytes(StandardCharsets.UTF_8).length;
            for (int n = 1; ; n++) {
                String row = n + ",D2JL" + String.format("%07d", n) + "," + summary + ",示例市" + (n % 40)
                        + ",大气,经调查核实，反映问题属实。,属实,依法依规处理," + handling + ",已办结,无\n";
                size += row.getBytes(StandardCharsets.UTF_8).length;
                if (size > bytes) {
                    return;
                }
                w.write(row);
            }
        }
    }

    private Run build(TestSite site, String heap) throws Exception {
        Path log = dir.resolve("build.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:MaxNewSize=256m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.disclose.cli.Main",
                "build", "--quiet", "--root", site.root().toString(), "--output", site.output().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the build did not finish in 150 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertNotContains(output, "\tat ", "no trace");
        assertNotContains(output, "Exception in thread", "no trace");
        return new Run(p.exitValue(), output);
    }

    @Test
    void aTableAtTheSizeLimitBuildsInTheLaunchersHeap() throws Exception {
        TestSite site = site();
        // 63 MiB: 2,600 cases of three long cells each (about 8,000 characters of text a case)
        String summary = SENTENCE.repeat(40);
        String handling = SENTENCE.repeat(160);
        Path csv = site.root().resolve("content/complaints/batch-01.csv");
        table(csv, TableReader.MAX_FILE_BYTES - (1 << 20), summary, handling);
        Run run = build(site, "-Xmx1700m");
        assertEquals(0, run.status(), run.output());
        assertContains(site.read("complaints/D2JL0000001/index.html"), handling);
        assertTrue(Files.size(site.output().resolve("data/complaints.csv")) > 60L << 20);
    }

    @Test
    void aTableBeyondTheLimitsIsALocatedErrorAtOnce() throws Exception {
        TestSite site = site();
        Path csv = site.root().resolve("content/complaints/batch-01.csv");
        table(csv, 200L << 20, SENTENCE.repeat(3), SENTENCE.repeat(2));
        Run big = build(site, "-Xmx1700m");
        assertEquals(1, big.status(), big.output());
        assertTrue(big.output().startsWith(String.format("content/complaints/batch-01.csv:1:1: error: the file has "
                + "%,d bytes, more than the 64 MiB a table may have: split the table into several files",
                Files.size(csv))), big.output());

        // within the bytes, as many cells as fit: refused by the number of cells, early, not by the heap
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(HEADER.strip());
            for (int c = 12; c <= 1_000; c++) {
                w.write(",列" + c);
            }
            w.write('\n');
            String cells = ",1".repeat(1_000 - 11);
            for (int n = 1; n <= 30_000; n++) {
                w.write(n + ",D2JL" + String.format("%07d", n) + ",概,示例市,大气,,属实,,,已办结," + cells + "\n");
            }
        }
        Run cells = build(site, "-Xmx1700m");
        assertEquals(1, cells.status(), cells.output());
        assertTrue(cells.output().startsWith("content/complaints/batch-01.csv:2002:1: error: the table has more than "
                + "2,000,000 cells (1,000 columns in 2,001 rows so far): split it into several files, or delete the "
                + "columns that are not used"), cells.output());
    }

    @Test
    void aSiteHasLimitsOnAllItsTablesTogether() throws Exception {
        TestSite site = site();
        for (int b = 2; b <= 3; b++) {
            site.write("content/complaints/batch-0" + b + ".yaml", "batch: " + b + "\nassigned: 2021-08-27\nround: round2\n");
        }
        // three tables of 50 MiB: each within the limit, together more than a site may have; refused unread
        for (int b = 1; b <= 3; b++) {
            table(site.root().resolve("content/complaints/batch-0" + b + ".csv"), 50L << 20, "概", "办");
        }
        BuildResult bytes = site.build();
        assertEquals(List.of("content/complaints/batch-03.csv:1:1: error: with this file the complaint tables have "
                + "more than the 128 MiB a site may have in all: publish the older rounds' cases on a site of their "
                + "own, or shorten the longest texts"), bytes.diagnostics().stream().map(Object::toString).toList());

        // 100,001 cases in three tables: the first case beyond the limit is named
        for (int b = 1; b <= 3; b++) {
            try (BufferedWriter w = Files.newBufferedWriter(site.root().resolve("content/complaints/batch-0" + b
                    + ".csv"), StandardCharsets.UTF_8)) {
                w.write(HEADER);
                for (int n = 1; n <= (b == 3 ? 33_335 : 33_333); n++) {
                    w.write(n + ",D" + b + String.format("%06d", n) + ",概,示例市,大气,,属实,,,已办结,\n");
                }
            }
        }
        BuildResult cases = site.build();
        assertEquals(List.of("content/complaints/batch-03.csv:33336:7: error: this case is one more than the 100,000 "
                + "the complaint tables of a site may have in all (each case is a page): publish the older rounds' "
                + "cases on a site of their own"), cases.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void runningOutOfMemoryIsOneClearLine() throws Exception {
        TestSite site = site();
        table(site.root().resolve("content/complaints/batch-01.csv"), 40L << 20, SENTENCE.repeat(40),
                SENTENCE.repeat(160));
        Run run = build(site, "-Xmx96m");
        assertEquals(1, run.status(), run.output());
        assertContains(run.output(), "the build ran out of memory while ");
        assertContains(run.output(), "DISCLOSE_JAVA_OPTS=-Xmx4g");
        assertTrue(run.output().lines().count() <= 5, run.output());
    }
}
