package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content/calendar.yaml}: a year the shipped calendar lacks, a year it replaces, and its mistakes. */
class CalendarFileBuildTest {

    @TempDir
    Path dir;

    private TestSite site(String calendar, String noticeFrom, String releaseDate) {
        return TestSite.minimal(dir).write("content/rounds.yaml", """
                        - id: round2
                          name: 第二轮中央生态环境保护督察
                          feedbackDate: 2021-12-12
                        """)
                .write("content/releases/" + releaseDate + "-notice.md", """
                        ---
                        title: 关于拟销号整改任务的公示
                        date: %s
                        source: 市生态环境局
                        ---
                        现将拟销号整改任务予以公示。
                        """.formatted(releaseDate))
                .write("content/tasks/tasks.yaml", """
                        - id: "2"
                          round: round2
                          problem: 某矿山生态修复滞后
                          status: 达到序时进度
                          closure:
                            noticeFrom: %s
                            workingDays: 3
                        """.formatted(noticeFrom))
                .write("content/calendar.yaml", calendar);
    }

    private static List<String> messages(TestSite site) {
        return site.build().diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static List<String> period(TestSite site) {
        return Html.of(site.read("tasks/2/index.html")).attrs("section.closure-notice time", "datetime");
    }

    @Test
    void aYearNotShippedIsCoveredOnceListed() {
        // 2027-02-04 is a Thursday; 02-05 to 02-11 off, Saturday 02-13 worked: 04, 12, 13
        TestSite site = site("""
                - year: 2027
                  holidays:
                    - 2027-01-01
                    - {name: 春节, from: 2027-02-05, to: 2027-02-11}
                  workdays: [2027-02-13]
                """, "2027-02-04", "2026-11-30");
        assertEquals(List.of(), messages(site));
        assertEquals(List.of("2027-02-04", "2027-02-13"), period(site));
    }

    @Test
    void aListedYearReplacesTheShippedOneWhole() {
        // shipped 2023 has 国庆 09-29 to 10-06; this 2023 knows only a local holiday on Friday 09-29
        TestSite site = site("""
                - year: 2023
                  holidays:
                    - {name: 地方节日, date: 2023-09-29}
                """, "2023-09-28", "2023-10-12");
        assertEquals(List.of(), messages(site));
        assertEquals(List.of("2023-09-28", "2023-10-03"), period(site));
    }

    @Test
    void badDatesAreRefusedWhereTheyAreWritten() {
        TestSite site = site("""
                - year: 2027
                  holidays:
                    - 2027-02-30
                    - {from: 2027-02-11, to: 2027-02-05}
                    - {name: 春节}
                    - 2029-01-01
                  workdays: [2027-02-08, 2027-02-07]
                - year: 2027
                """, "2023-09-28", "2023-10-12");
        assertEquals(List.of(
                "content/calendar.yaml:3:7: error: 'holidays' is not a valid date: '2027-02-30'; write it as "
                        + "YYYY-MM-DD",
                "content/calendar.yaml:4:30: error: to 2027-02-05 is before from 2027-02-11",
                "content/calendar.yaml:5:7: error: a holiday needs 'date', or 'from' and 'to'",
                "content/calendar.yaml:6:7: error: 2029-01-01 is not in 2027 (or the December before or the "
                        + "January after): list it under its own year",
                "content/calendar.yaml:7:14: error: 2027-02-08 is a weekday, a working day anyway: a make-up "
                        + "working day (调休上班) is a Saturday or a Sunday",
                "content/calendar.yaml:8:9: error: year 2027 is listed twice (first at line 1): give each year's "
                        + "holidays and workdays once"), messages(site));
    }
}
