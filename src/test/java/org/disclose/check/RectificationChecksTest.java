package org.disclose.check;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each consistency rule, tripped by a small real site: the exact message and the exact place it points at.
 */
class RectificationChecksTest {

    @TempDir
    Path dir;

    static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              group: 中央第一生态环境保护督察组
              stationedFrom: 2021-08-25
              stationedTo: 2021-09-26
              feedbackDate: 2021-12-12
              reports:
                - asOf: 2023-05-10
                  tasksDone: 2
                  complaintsAssigned: 4704
                  complaintsClosed: 4593
                  closureRate: 97.64
            """;

    static final String TASKS = """
            - id: "1"
              round: r2
              problem: 问题一
              deadline: 2022-12-31
              status: 已完成
              progress:
                - date: 2022-03-01
                  status: 达到序时进度
                - date: 2022-12-01
                  status: 已完成
            - id: "2"
              round: r2
              problem: 问题二
              status: 基本完成
            - id: "3"
              round: r2
              problem: 问题三
              deadline: 2022-06-30
              status: 达到序时进度
              progress:
                - date: 2022-03-01
                  status: 达到序时进度
            """;

    static final String ACCOUNTABILITY = """
            - round: r2
              asOf: 2023-05-10
              problemsTransferred: 5
              total: 118
              byRank:
                厅局级: 8
                县处级: 51
                乡科级及以下: 59
            """;

    private TestSite site() {
        return TestSite.minimal(dir)
                .write("content/rounds.yaml", ROUNDS)
                .write("content/tasks/tasks.yaml", TASKS)
                .write("content/accountability.yaml", ACCOUNTABILITY);
    }

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void consistentContentBuildsClean() {
        TestSite site = site();
        BuildResult r = site.build();
        assertEquals(List.of(), messages(r));
        assertContains(Html.of(site.read("tasks/3/index.html")).text(), "已逾期",
                "task 3 is not done and the content speaks of dates after its deadline");
        assertContains(Html.of(site.read("index.html")).text(), "结案销号率 97.64%");
    }

    @Test
    void declaredTaskCountAgainstRecords() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("tasksDone: 2", "tasksDone: 26")).build();
        assertEquals(List.of("content/rounds.yaml:9:18: error: tasksDone is 26 as of 2023-05-10, but 2 task records "
                + "of round 'r2' are 已完成, 基本完成 or 已销号 on that date: correct the figure or the tasks' progress"),
                messages(r));
    }

    @Test
    void declaredTaskCountUsesEachTaskStatusOnTheReportDate() {
        // Task 1 was only 达到序时进度 on 2022-06-30; so by then just task 2 counts.
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("2023-05-10", "2022-06-30")).build();
        assertEquals(List.of("content/rounds.yaml:9:18: error: tasksDone is 2 as of 2022-06-30, but 1 task records "
                + "of round 'r2' are 已完成, 基本完成 or 已销号 on that date: correct the figure or the tasks' progress"),
                messages(r));
    }

    /** A figure given both as a field and in figures: is one figure: compared with the records once. */
    @Test
    void aTaskCountStatedInBothFormsIsComparedWithTheRecordsOnce() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("2023-05-10", "2022-06-30")
                .replace("      closureRate: 97.64\n", "      closureRate: 97.64\n      figures:\n"
                        + "        - {key: tasksDone, value: 2, label: 已完成整改}\n")).build();
        assertEquals(List.of("content/rounds.yaml:9:18: error: tasksDone is 2 as of 2022-06-30, but 1 task records "
                + "of round 'r2' are 已完成, 基本完成 or 已销号 on that date: correct the figure or the tasks' progress"),
                messages(r));
    }

    /** A report may give its figures only in figures:, and the records still check them. */
    @Test
    void aTaskCountStatedOnlyAsADeclaredFigureIsComparedWithTheRecords() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("2023-05-10", "2022-06-30")
                .replace("      tasksDone: 2\n", "      figures:\n        - {key: tasksDone, value: 2}\n")).build();
        assertEquals(List.of("content/rounds.yaml:10:35: error: tasksDone is 2 as of 2022-06-30, but 1 task records "
                + "of round 'r2' are 已完成, 基本完成 or 已销号 on that date: correct the figure or the tasks' progress"),
                messages(r));
    }

    /** Declared figures of accountability beside the named fields: 正厅级 is some of 厅局级. */
    @Test
    void accountabilityFiguresRelateToTheRanks() {
        String more = ACCOUNTABILITY + "  figures:\n    - {key: accountableFullDepartmentLevel, value: 9, label: 正厅级}\n";
        BuildResult r = site().write("content/accountability.yaml", more).build();
        assertEquals(List.of("content/accountability.yaml:10:52: error: 正厅级 9人 is more than 厅局级 8人, which includes "
                + "it"), messages(r));
        TestSite fixed = site().write("content/accountability.yaml", more.replace("value: 9", "value: 2"));
        assertEquals(List.of(), messages(fixed.build()));
        Html page = Html.of(fixed.read("accountability/index.html"));
        assertEquals(List.of("正厅级"), page.texts("table.declared-figures tbody th"));
        assertEquals(List.of("2人"), page.texts("table.declared-figures tbody td.num"));
    }

    @Test
    void declaredRateAgainstNumeratorAndDenominator() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("97.64", "97.65")).build();
        assertEquals(List.of("content/rounds.yaml:12:20: error: 办结率 97.65% does not agree with 已办结 4593件 ÷ "
                + "交办 4704件 = 97.64% (half-up to 2 decimals)"), messages(r));
    }

    /** Relations within one report need no other file: a file that could not be read does not hide them. */
    @Test
    void aWrongRateIsReportedBesideAReadingErrorElsewhere() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("97.64", "97.65"))
                .write("content/cases/a.md", "---\nround: r2\nstatus: 持续推进\n---\n").build();
        assertEquals(List.of("content/cases/a.md:2:1: error: the typical case is missing the required field 'title'",
                "content/rounds.yaml:12:20: error: 办结率 97.65% does not agree with 已办结 4593件 ÷ 交办 4704件 = 97.64% "
                        + "(half-up to 2 decimals)"), messages(r));
    }

    @Test
    void declaredRateIsCheckedAtItsOwnPrecision() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("97.64", "97.6")).build();
        assertEquals(List.of(), messages(r), "97.6 is 4593/4704 at one decimal");
        r = site().write("content/rounds.yaml", ROUNDS.replace("97.64", "97.7")).build();
        assertEquals(List.of("content/rounds.yaml:12:20: error: 办结率 97.7% does not agree with 已办结 4593件 ÷ "
                + "交办 4704件 = 97.6% (half-up to 1 decimal)"), messages(r));
    }

    @Test
    void closedCannotExceedAssigned() {
        BuildResult r = site().write("content/rounds.yaml", ROUNDS.replace("4593", "4705")).build();
        // 交办 = 已办结 + 阶段性办结 + 未办结 (the last two not given) and 办结率 = 已办结 ÷ 交办, as for any declared figure
        assertEquals(List.of("content/rounds.yaml:10:27: error: 交办 4704件 is less than its parts: 已办结 4705件 = "
                + "4705件 (阶段性办结, 未办结 not given)", "content/rounds.yaml:12:20: error: 办结率 97.64% does not "
                + "agree with 已办结 4705件 ÷ 交办 4704件 = 100.02% (half-up to 2 decimals)"), messages(r));
    }

    @Test
    void partsAgainstTheirTotal() {
        BuildResult r = site().write("content/accountability.yaml", ACCOUNTABILITY.replace("县处级: 51", "县处级: 50"))
                .build();
        assertEquals(List.of("content/accountability.yaml:4:10: error: 问责 118人 does not agree with its parts: "
                + "厅局级 8人 + 县处级 50人 + 乡科级及以下 59人 = 117人"), messages(r));
    }

    @Test
    void statusAgainstTheLastProgressEntry() {
        BuildResult r = site().write("content/tasks/tasks.yaml", TASKS.replaceFirst("status: 已完成", "status: 基本完成"))
                .build();
        assertEquals(List.of("content/tasks/tasks.yaml:5:11: error: task '1' has status 基本完成, but its last "
                + "progress entry (2022-12-01, line 9) says 已完成"), messages(r));
    }

    @Test
    void datesInTheOrderEventsHappen() {
        BuildResult r = site()
                .write("content/rounds.yaml", ROUNDS.replace("feedbackDate: 2021-12-12", "feedbackDate: 2021-09-01"))
                .write("content/tasks/tasks.yaml", TASKS.replace("date: 2022-03-01\n      status: 达到序时进度\n    - date: 2022-12-01",
                        "date: 2022-12-02\n      status: 达到序时进度\n    - date: 2022-12-01"))
                .build();
        assertEquals(List.of(
                "content/rounds.yaml:6:17: error: feedbackDate 2021-09-01 is before stationedTo 2021-09-26",
                "content/tasks/tasks.yaml:9:13: error: progress entry of 2022-12-01 comes after one of 2022-12-02: "
                        + "list progress entries oldest first"), messages(r));
    }

    @Test
    void progressBeforeFeedbackIsAnError() {
        BuildResult r = site().write("content/tasks/tasks.yaml", TASKS.replace("2022-03-01", "2021-11-30")).build();
        assertEquals(List.of(
                "content/tasks/tasks.yaml:7:13: error: progress entry of 2021-11-30 is before the round's feedback "
                        + "date 2021-12-12",
                "content/tasks/tasks.yaml:21:13: error: progress entry of 2021-11-30 is before the round's feedback "
                        + "date 2021-12-12"), messages(r));
    }

    @Test
    void unknownRoundsAndTasksAreNamedWithTheKnownOnes() {
        BuildResult r = site()
                .write("content/tasks/more.yaml", "- id: \"4\"\n  round: r3\n  problem: 问题四\n  status: 尚未启动\n")
                .write("content/cases/c.md", "---\ntitle: 案例\nround: r2\nstatus: 持续推进\ntasks: [\"1\", \"9\"]\n---\n正文\n")
                .build();
        assertEquals(List.of(
                "content/cases/c.md:5:14: error: unknown task '9' (known: 1, 2, 3, 4)",
                "content/tasks/more.yaml:2:10: error: unknown round 'r3' (known: r2)"), messages(r));
    }

    @Test
    void duplicateIdsNameTheFirstPlace() {
        BuildResult r = site().write("content/tasks/more.yaml",
                "- id: \"2\"\n  round: r2\n  problem: 重复\n  status: 尚未启动\n").build();
        assertEquals(List.of("content/tasks/tasks.yaml:11:7: error: duplicate task id '2': already used at "
                + "content/tasks/more.yaml:1:7; each must be unique"), messages(r));
    }

    @Test
    void unknownStatusListsTheAllowedOnes() {
        BuildResult r = site().write("content/tasks/tasks.yaml", TASKS.replace("status: 基本完成", "status: 基本完成了"))
                .build();
        assertEquals(List.of("content/tasks/tasks.yaml:14:11: error: 'status' of the task is '基本完成了', which is not "
                + "allowed (did you mean '基本完成'?); use one of: 已销号, 已完成, 基本完成, 达到序时进度, 未达到序时进度, "
                + "尚未启动, 长期坚持"), messages(r));
    }
}
