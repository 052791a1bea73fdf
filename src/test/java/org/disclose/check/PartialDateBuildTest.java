package org.disclose.check;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As-of and milestone dates at the source's precision (issue 16, point 5), in a real build: a month or year is shown
 * with the theme's 年/月 and its machine-readable form, compared with days only where the order is sure, and read as
 * its last day where records are counted.
 */
class PartialDateBuildTest {

    @TempDir
    Path dir;

    static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              feedbackDate: 2021-12-12
              reports:
                - asOf: 2023-04
                  release: progress
                  tasksTotal: 2
                  tasksDone: 2
            """;

    static final String TASKS = """
            - id: "1"
              round: r2
              problem: 问题一
              status: 已完成
              progress:
                - date: 2023-04-30
                  status: 已完成
            - id: "2"
              round: r2
              problem: 问题二
              status: 基本完成
            """;

    static final String CASE = """
            ---
            title: 矿山监管缺位问题
            round: r2
            status: 持续推进
            milestones:
              - {date: 2023-04, text: 完成矿坑回填}
              - {date: 2023-05-10, text: 通过验收}
            ---
            正文
            """;

    private TestSite site() {
        return TestSite.minimal(dir)
                .write("content/rounds.yaml", ROUNDS)
                .write("content/tasks/tasks.yaml", TASKS)
                .write("content/accountability.yaml", "- round: r2\n  asOf: 2023\n  total: 3\n")
                .write("content/cases/c.md", CASE)
                // published before the month ends: "截至2023年4月底" overlaps it, and is no error
                .write("content/releases/progress.md", "---\ntitle: 整改进展\ndate: 2023-04-28\n---\n\n正文。\n");
    }

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void monthsAndYearsAreShownWithTheThemesWordsAndTheirMachineForm() {
        TestSite site = site();
        BuildResult r = site.build();
        assertEquals(List.of(), messages(r), "a month as of 2023-04 counts task 1, done on 2023-04-30");
        Html home = Html.of(site.read("index.html"));
        assertContains(home.text(), "截至2023年4月");
        // the report, the tasks (as of their latest progress entry) and accountability
        assertEquals(List.of("2023-04", "2023-04-30", "2023"), home.attrs(".as-of time", "datetime"));
        Html accountability = Html.of(site.read("accountability/index.html"));
        assertContains(accountability.text(), "截至2023年");
        assertEquals(List.of("2023"), accountability.attrs("time", "datetime"));
        Html page = Html.of(site.read("cases/c/index.html"));
        assertEquals(List.of("2023年4月 完成矿坑回填", "2023-05-10 通过验收"), page.texts(".timeline li"));
        assertEquals(List.of("2023-04", "2023-05-10"), page.attrs(".timeline time", "datetime"));
    }

    @Test
    void openDataWritesTheDateAsWritten() {
        TestSite site = site();
        site.build();
        assertContains(site.read("data/accountability.json"), "\"asOf\": \"2023\"");
        assertContains(site.read("data/datapackage.json"), "\"description\": \"JSON key: asOf\", \"type\": \"year\"");
    }

    @Test
    void aMonthAfterItsReleaseIsAnErrorOnlyWhenSurelyAfter() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("asOf: 2023-04", "asOf: 2023-05")).build();
        assertEquals(List.of("content/rounds.yaml:5:13: error: asOf 2023-05 is after 2023-04-28, when release "
                + "'progress' published the figures: figures cannot be as of a later date"), messages(r));
        r = site().write("content/rounds.yaml", ROUNDS.replace("asOf: 2023-04", "asOf: 2023")).build();
        assertEquals(List.of(), messages(r), "the year 2023 overlaps 2023-04-28");
    }

    @Test
    void recordsAreCountedAtTheMonthsLastDay() {
        BuildResult r = site().write("content/tasks/tasks.yaml", TASKS.replace("2023-04-30", "2023-05-01")).build();
        assertEquals(List.of("content/rounds.yaml:8:18: error: tasksDone is 2 as of 2023-04 (through 2023-04-30), "
                + "but 1 task records of round 'r2' are 已完成, 基本完成 or 已销号 on that date: correct the figure or "
                + "the tasks' progress"), messages(r));
    }

    @Test
    void aMonthThatIsNoMonthIsALocatedError() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("asOf: 2023-04", "asOf: 2023-13"))
                .write("content/cases/c.md", CASE.replace("date: 2023-04,", "date: 2023-4,")).build();
        assertEquals(List.of(
                "content/cases/c.md:6:12: error: 'date' is not a valid date: '2023-4'; write it as YYYY-MM-DD, "
                        + "YYYY-MM or YYYY",
                "content/rounds.yaml:5:13: error: 'asOf' is not a valid date: '2023-13'; write it as YYYY-MM-DD, "
                        + "YYYY-MM or YYYY"), messages(r));
    }

    /** An as-of date is a day, month or year as the source prints it: a time of day is no part of it. */
    @Test
    void aTimeOfDayInAnAsOfDateIsALocatedError() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("asOf: 2023-04", "asOf: 2023-04-20 10:00"))
                .build();
        assertEquals(List.of("content/rounds.yaml:5:13: error: 'asOf' is not a valid date: '2023-04-20 10:00'; write "
                + "it as YYYY-MM-DD, YYYY-MM or YYYY"), messages(r));
    }

    /**
     * Figures "as of 2023" say only that 2023 has begun: a task due mid-2023 and not yet done is not called overdue
     * on the strength of them, while one due before 2023 is.
     */
    @Test
    void aYearAsOfDoesNotMakeATaskOverdueBeforeItsTime() {
        TestSite site = TestSite.minimal(dir)
                .write("content/rounds.yaml", ROUNDS.replace("asOf: 2023-04", "asOf: 2023-01-10").replace(
                        "tasksDone: 2", "tasksDone: 0"))
                .write("content/tasks/tasks.yaml", """
                        - id: "1"
                          round: r2
                          problem: 问题一
                          status: 未达到序时进度
                          deadline: 2023-06-30
                        - id: "2"
                          round: r2
                          problem: 问题二
                          status: 未达到序时进度
                          deadline: 2022-12-31
                        """)
                .write("content/accountability.yaml", "- round: r2\n  asOf: 2023\n  total: 3\n")
                .write("content/releases/progress.md", "---\ntitle: 整改进展\ndate: 2023-01-10\n---\n\n正文。\n");
        BuildResult r = site.build();
        assertEquals(true, r.ok(), () -> String.join("\n", messages(r)));
        String due2023 = Html.of(site.read("tasks/1/index.html")).text();
        String due2022 = Html.of(site.read("tasks/2/index.html")).text();
        org.disclose.Contains.assertNotContains(due2023, "已逾期");
        assertContains(due2022, "已逾期");
    }
}
