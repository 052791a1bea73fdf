package org.disclose.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.ProblemSites;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in the records and in the figures: declared problem counts against the tasks' problem numbers, in both
 * forms; the relation between them; one problem in one round; one problem worded alike.
 */
class ProblemChecksTest {

    @TempDir
    Path dir;

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private TestSite site(String rounds) {
        return ProblemSites.site(dir).write("content/rounds.yaml", rounds);
    }

    @Test
    void problemFiguresThatAgreeWithTheRecordsBuildClean() {
        assertEquals(List.of(), messages(ProblemSites.site(dir).build()));
    }

    @Test
    void problemsDoneAgainstTheRecords() {
        BuildResult r = site(ProblemSites.ROUNDS.replace("problemsDone: 2", "problemsDone: 3")).build();
        assertEquals(List.of("content/rounds.yaml:9:21: error: problemsDone is 3 as of 2023-05-10, but 2 problems of "
                + "round 'r2' have every task 已完成, 基本完成 or 已销号 on that date (of 3 problems its task records "
                + "number): correct the figure or the tasks' progress"), messages(r));
    }

    @Test
    void problemsDoneCountsEachTaskOnTheReportDate() {
        // on 2023-03-15, 5-1 was not yet 已销号: only problem 3 was done
        BuildResult r = site(ProblemSites.ROUNDS.replace("2023-05-10", "2023-03-15")
                .replace("tasksDone: 5", "tasksDone: 4")).build();
        assertEquals(List.of("content/rounds.yaml:9:21: error: problemsDone is 2 as of 2023-03-15, but 1 problems of "
                + "round 'r2' have every task 已完成, 基本完成 or 已销号 on that date (of 3 problems its task records "
                + "number): correct the figure or the tasks' progress"), messages(r));
    }

    @Test
    void problemsTotalAgainstTheRecords() {
        BuildResult r = site(ProblemSites.ROUNDS.replace("problemsTotal: 3", "problemsTotal: 4")).build();
        assertEquals(List.of("content/rounds.yaml:8:22: error: problemsTotal is 4, but round 'r2' has 3 problems in "
                + "its task records (task 12 is problem 12; tasks 12-1 … 12-k are problem 12 split into tasks)"),
                messages(r));
    }

    @Test
    void problemFiguresInFiguresFormAreCheckedTheSameWay() {
        BuildResult r = site(ProblemSites.ROUNDS.replace("      problemsTotal: 3\n      problemsDone: 2\n", """
                      figures:
                        - {key: problemsTotal, value: 3, label: 反馈问题}
                        - {key: problemsDone, value: 1, label: 已完成整改}
                """)).build();
        assertEquals(List.of("content/rounds.yaml:10:38: error: problemsDone is 1 as of 2023-05-10, but 2 problems "
                + "of round 'r2' have every task 已完成, 基本完成 or 已销号 on that date (of 3 problems its task records "
                + "number): correct the figure or the tasks' progress"), messages(r));
    }

    @Test
    void moreProblemsDoneThanFedBackIsAnErrorOfTheFigures() {
        // a round without task records: only the relation between the figures speaks
        BuildResult r = TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: r2
                  reports:
                    - asOf: 2023-04
                      problemsTotal: 38
                      problemsDone: 39
                """).build();
        assertEquals(List.of("content/rounds.yaml:5:21: error: 已完成整改 39个 is more than 反馈问题 38个, which includes "
                + "it"), messages(r));
    }

    @Test
    void theTasksOfOneProblemAreOfOneRound() {
        BuildResult r = site(ProblemSites.ROUNDS + """
                - id: r3
                  name: 第三轮中央生态环境保护督察
                """).write("content/tasks/r3.yaml", """
                - id: "12-4"
                  round: r3
                  problem: 城市黑臭水体整治不到位
                  status: 尚未启动
                """).build();
        // files are read in name order, so r3.yaml's 12-4 is the first of problem 12; the other round is reported
        // once, at the first of its tasks
        assertEquals(List.of("content/tasks/tasks.yaml:23:10: error: task '12-1' is of problem 12 and round 'r2', but "
                + "task '12-4' of problem 12 at content/tasks/r3.yaml:2:10 is of round 'r3': the tasks of one problem "
                + "answer one round's feedback, and problem numbers are unique across the site as task ids are; "
                + "correct the round, or number the task without a problem number"), messages(r));
    }

    @Test
    void tasksOfOneProblemWordedDifferentlyAreAWarningAtTheLaterOne() {
        TestSite site = ProblemSites.site(dir).write("content/tasks/tasks.yaml", ProblemSites.TASKS
                .replace("  problem: 城市黑臭水体整治不到位\n  status: 基本完成", "  problem: 黑臭水体整治不到位\n  status: 基本完成"));
        BuildResult r = site.build();
        assertEquals(List.of("content/tasks/tasks.yaml:38:12: warning: task '12-3' words problem 12 differently from "
                + "task '12-1' at content/tasks/tasks.yaml:24:12: the tasks of one problem share the problem as fed "
                + "back, and its page shows the words of task '12-1'; write the same text"), messages(r));
        // the problem's page words it as its first task does
        assertEquals("城市黑臭水体整治不到位", Html.of(site.read("tasks/problem/12/index.html"))
                .texts("dl.record-facts dd").get(0));
    }

    @Test
    void aProblemBothUndividedAndSplitIsAWarning() {
        BuildResult r = ProblemSites.site(dir).write("content/tasks/more.yaml", """
                - id: "12"
                  round: r2
                  problem: 城市黑臭水体整治不到位
                  status: 已完成
                """).write("content/rounds.yaml", ProblemSites.ROUNDS.replace("tasksTotal: 6", "tasksTotal: 7")
                .replace("tasksDone: 5", "tasksDone: 6")).build();
        // more.yaml is read first; the warning is at the first task numbered the other way
        assertEquals(List.of("content/tasks/tasks.yaml:22:7: warning: task '12' numbers problem 12 as a single task, "
                + "but task '12-1' numbers it as split into tasks (see content/tasks/more.yaml:1:7): number every task "
                + "of problem 12 as 12-k"), messages(r));
    }
}
