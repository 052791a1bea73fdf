package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 1: a task ledger is refused as a YAML task list is, with the same messages, located at its cells
 * ({@code path:row:col}; {@code path[整改进展]:row:col} in a workbook's progress sheet).
 */
class TaskLedgerErrorsTest {

    @TempDir
    Path dir;

    static final String HEADER = "序号,督察反馈问题,整改时限,整改状态\n";

    private TestSite site() {
        return TestSite.minimal(dir).write("content/rounds.yaml", TaskLedgerBuildTest.ROUNDS);
    }

    private TestSite csv(String rows) {
        return site().write("content/tasks/ledger.yaml", "round: r2\n")
                .write("content/tasks/ledger.csv", HEADER + rows);
    }

    private static List<String> diagnostics(TestSite site) {
        BuildResult r = site.build();
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aStatusOutsideTheVocabularyIsRefusedAtItsCellWithADidYouMean() {
        assertEquals(List.of("content/tasks/ledger.csv:2:18: error: 'status' of the task is '基本完成了', which is not "
                + "allowed (did you mean '基本完成'?); use one of: 已销号, 已完成, 基本完成, 达到序时进度, 未达到序时进度, 尚未启动, "
                + "长期坚持"), diagnostics(csv("1,某问题,2022-12-31,基本完成了\n")));
    }

    @Test
    void aDeadlineThatIsNoDateIsRefusedAtItsCell() {
        assertEquals(List.of("content/tasks/ledger.csv:2:7: error: 'deadline' is not a valid date: '2022-12-32'; write "
                + "it as YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                "content/tasks/ledger.csv:3:7: error: 'deadline' is not a valid date: '2022年2月30日'; write it as "
                        + "YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
                diagnostics(csv("1,某问题,2022-12-32,已完成\n2,某问题,2022年2月30日,已完成\n")));
    }

    @Test
    void anIdThatCannotBeAnAddressIsRefusedAtItsCell() {
        assertEquals(List.of("content/tasks/ledger.csv:2:1: error: task id 'a/b' is used in its address: "
                + "use only lower-case letters a-z, digits 0-9 and '-' (not at the start or end), at most 100 "
                + "characters"), diagnostics(csv("a/b,某问题,,已完成\n")));
    }

    @Test
    void anIdUsedInATaskListAndInALedgerIsADuplicate() {
        TestSite site = csv("1,某问题,,已完成\n")
                .write("content/tasks/more.yaml", "- id: \"1\"\n  round: r2\n  problem: 另一问题\n  status: 已完成\n");
        assertEquals(List.of("content/tasks/more.yaml:1:7: error: duplicate task id '1': already used at "
                + "content/tasks/ledger.csv:2:1; each must be unique"), diagnostics(site));
    }

    @Test
    void aLedgerWithoutItsSidecarAsksForIt() {
        TestSite site = site().write("content/tasks/ledger.csv", HEADER + "1,某问题,,已完成\n");
        assertEquals(List.of("content/tasks/ledger.csv:1:1: error: the ledger's facts are missing: create "
                + "content/tasks/ledger.yaml with round (and sample, private or asOf where they apply)"),
                diagnostics(site));
    }

    @Test
    void aRequiredHeaderInTraditionalCharactersIsMissingWithAHint() {
        TestSite site = site().write("content/tasks/ledger.yaml", "round: r2\n")
                .write("content/tasks/ledger.csv", "序号,督察反饋問題,整改狀態\n1,某问题,已完成\n");
        assertEquals(List.of("content/tasks/ledger.csv:1:1: error: missing column '整改状态' in content/tasks/ledger.csv "
                + "(the column '整改狀態' is written in traditional characters: did you mean '整改状态'?); its columns are: "
                + "序号, 督察反饋問題, 整改狀態",
                "content/tasks/ledger.csv:1:1: error: missing column '督察反馈问题' (or '反馈问题', '问题') in "
                        + "content/tasks/ledger.csv (the column '督察反饋問題' is written in traditional characters: did you "
                        + "mean '督察反馈问题'?); its columns are: 序号, 督察反饋問題, 整改狀態"), diagnostics(site));
    }

    @Test
    void anUnknownColumnIsAWarningAtItsHeaderAndAPrivateOneIsSkippedUnread() {
        TestSite site = site().write("content/tasks/ledger.yaml", "round: r2\nprivate: [联系电话]\n")
                .write("content/tasks/ledger.csv", "序号,督察反馈问题,整改状态,备注,责任领到,联系电话\n"
                        + "1,某问题,已完成,无,某领导,13812345678\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/tasks/ledger.csv:1:16: warning: the column '备注' is not published: it is none "
                + "of the columns a task ledger has; if the office keeps it private, list it in "
                + "content/tasks/ledger.yaml as private: [备注]",
                "content/tasks/ledger.csv:1:19: warning: the column '责任领到' is not published: it is none of the "
                        + "columns a task ledger has (did you mean '责任领导'?); if the office keeps it private, list it "
                        + "in content/tasks/ledger.yaml as private: [责任领到]"),
                r.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(r.ok());
        org.disclose.Contains.assertNotContains(site.read("tasks/1/index.html"), "13812345678");
    }

    @Test
    void anErrorInAWorkbookWithAProgressSheetNamesItsSheet() {
        TestSite site = site().write("content/tasks/ledger.yaml", "round: r2\n");
        new LedgerWorkbook()
                .sheet("整改任务", List.of(new String[] {"序号", "督察反馈问题", "整改状态"},
                        new String[] {"1", "某问题", "已完成"},
                        new String[] {"2", "另一问题", "已完成了"}))
                .sheet("整改进展", List.of(new String[] {"序号", "日期", "整改状态", "进展情况"},
                        new String[] {"1", "2022-03-31", "达到序时进度", "已制定方案。"},
                        new String[] {"1", "2022-12-20", "已完成了", ""},
                        new String[] {"9", "2022-12-20", "已完成", ""}))
                .write(site.root().resolve("content/tasks/ledger.xlsx"));
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertEquals(List.of("content/tasks/ledger.xlsx[整改任务]:3:3: error: 'status' of the task is '已完成了', which is "
                + "not allowed (did you mean '已完成'?); use one of: 已销号, 已完成, 基本完成, 达到序时进度, 未达到序时进度, 尚未启动, "
                + "长期坚持",
                "content/tasks/ledger.xlsx[整改进展]:3:3: error: 'status' of a progress entry is '已完成了', "
                + "which is not allowed (did you mean '已完成'?); use one of: 已销号, 已完成, 基本完成, 达到序时进度, "
                + "未达到序时进度, 尚未启动, 长期坚持",
                "content/tasks/ledger.xlsx[整改进展]:4:1: error: 序号 '9' is no task of content/tasks/ledger.xlsx: each "
                        + "row of the sheet '整改进展' gives the progress of a task of the first sheet, by its 序号"),
                r.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aDatedColumnWhoseDateIsNoDateIsRefusedAtItsHeader() {
        TestSite site = site().write("content/tasks/ledger.yaml", "round: r2\n")
                .write("content/tasks/ledger.csv", "序号,督察反馈问题,整改状态,整改状态（2022年9月30日）\n1,某问题,已完成,已完成\n");
        assertEquals(List.of("content/tasks/ledger.csv:1:16: error: the column '整改状态（2022年9月30日）' is dated "
                + "'2022年9月30日', which is not a valid date: write the date as YYYY-MM-DD, 整改状态（2022-09-30）"),
                diagnostics(site));
    }

    @Test
    void aLatestNoteWithoutADateIsRefusedAtItsCell() {
        TestSite site = site().write("content/tasks/ledger.yaml", "round: r2\n")
                .write("content/tasks/ledger.csv", "序号,督察反馈问题,整改状态,整改进展\n1,某问题,已完成,已全部完成。\n");
        assertEquals(List.of("content/tasks/ledger.csv:2:11: error: 整改进展 has no date: give the date the ledger is as "
                + "of in content/tasks/ledger.yaml (asOf: YYYY-MM-DD), or the task's dated progress entries"),
                diagnostics(site));
    }

    @Test
    void twoColumnsOfOneFieldPublishTheFirstAndWarnAboutTheOther() {
        TestSite site = site().write("content/tasks/ledger.yaml", "round: r2\n")
                .write("content/tasks/ledger.csv", "序号,督察反馈问题,整改状态,牵头单位,责任单位\n1,某问题,已完成,甲厅,乙厅\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/tasks/ledger.csv:1:21: warning: the column '责任单位' is not published: the table "
                + "has '牵头单位', which it stands for; remove one of them, or if the office keeps it private, list it in "
                + "content/tasks/ledger.yaml as private: [责任单位]"),
                r.diagnostics().stream().map(Diagnostic::toString).toList());
        org.disclose.Contains.assertContains(site.read("tasks/1/index.html"), "甲厅");
        org.disclose.Contains.assertNotContains(site.read("tasks/1/index.html"), "乙厅");
    }

    @Test
    void aTaskWithProgressInDatedColumnsAndInTheSheetIsRefused() {
        TestSite site = site().write("content/tasks/ledger.yaml", "round: r2\n");
        new LedgerWorkbook()
                .sheet("整改任务", List.of(new String[] {"序号", "督察反馈问题", "整改状态", "整改状态（2022-12-20）"},
                        new String[] {"1", "某问题", "已完成", "已完成"}))
                .sheet("进展", List.of(new String[] {"序号", "日期", "整改状态"},
                        new String[] {"1", "#44915", "已完成"}))
                .write(site.root().resolve("content/tasks/ledger.xlsx"));
        assertEquals(List.of("content/tasks/ledger.xlsx[进展]:2:1: error: task '1' has progress both in dated columns of "
                + "content/tasks/ledger.xlsx and in the sheet '进展': give it in one of them"), diagnostics(site));
    }
}
