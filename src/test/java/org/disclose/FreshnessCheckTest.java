package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.disclose.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disclose check --freshness}: columns not updated within the inspection windows (2 weeks for 整改进展 and the
 * home page, 6 months for other lists) are reported against the day given; exit 0, or 1 with --strict.
 */
class FreshnessCheckTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedOut;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
    }

    private TestSite site() {
        return TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 进展\ndate: 2023-05-10\n---\n\n正文。\n")
                .write("content/rounds.yaml", "- id: r2\n  name: 第二轮\n")
                .write("content/tasks/t.yaml", """
                        - id: "1"
                          round: r2
                          problem: 污水直排
                          status: 达到序时进度
                          progress:
                            - {date: 2023-03-01, status: 达到序时进度}
                        """);
    }

    private int check(TestSite site, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "check";
        args[1] = "--root";
        args[2] = site.root().toString();
        args[3] = "--freshness";
        System.arraycopy(more, 0, args, 4, more.length);
        return Main.execute(args);
    }

    @Test
    void withinTheWindowsEveryColumnIsFresh() {
        assertEquals(0, check(site(), "--today", "2023-05-20"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertContains(text, "Freshness on 2023-05-20");
        assertContains(text, "  ok     home page        newest 2023-05-10, 10 days ago (window 14 days)");
        assertContains(text, "  ok     releases/        newest 2023-05-10, 10 days ago (window 14 days)");
        assertContains(text, "  ok     tasks/           newest 2023-03-01, 80 days ago (window 6 months)");
        assertContains(text, "Every column is within its window.");
        assertNotContains(text, "cases/"); // a column without items is not measured here
    }

    @Test
    void aStaleColumnIsReportedAndFailsOnlyWithStrict() {
        TestSite site = site();
        assertEquals(0, check(site, "--today", "2023-09-05"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertContains(text, "  STALE  releases/        newest 2023-05-10, 118 days ago (window 14 days)");
        assertContains(text, "  STALE  home page        newest 2023-05-10, 118 days ago (window 14 days)");
        assertContains(text, "  STALE  tasks/           newest 2023-03-01, 188 days ago (window 6 months)");
        assertContains(text, "3 of 3 columns are stale");
        assertEquals(1, check(site, "--today", "2023-09-05", "--strict"), "--strict fails on a stale column");
    }

    @Test
    void aColumnWhoseItemsGiveNoDateIsReportedAsOfUnknownAgeNotLeftOut() {
        TestSite site = site().write("content/cases/c.md", """
                ---
                title: 典型案例
                round: r2
                status: 已完成整改
                ---
                正文。
                """);
        assertEquals(0, check(site, "--today", "2023-05-20", "--strict"), "not stale: its age is not known");
        assertContains(out.toString(StandardCharsets.UTF_8),
                "  ?      cases/           no item gives a date, so its age is not known (window 6 months)");
    }

    @Test
    void theReportNeverChangesWhatIsBuilt() {
        TestSite site = site();
        assertEquals(0, Main.execute("build", "--root", site.root().toString()));
        String before = site.read("index.html");
        assertEquals(0, check(site, "--today", "2030-01-01"));
        assertEquals(before, site.read("index.html"));
    }
}
