package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A progress report that gives only totals, as of a month, in its own words and units (已结案销号, 个), with no task
 * records and no complaint rows: it builds clean and its round page shows it; every relation among its figures,
 * planted wrong, fails at the wrong figure.
 */
class ProgressReportBuildTest {

    private static final String ROUNDS = "content/rounds.yaml";

    @TempDir
    Path dir;

    private List<String> planted(String text, String wrong) {
        return build(plant(site(dir, "progress-report"), ROUNDS, text, wrong));
    }

    @Test
    void buildsCleanAndTheRoundPageShowsTheFiguresAsTheReportWordsThem() {
        TestSite site = site(dir, "progress-report");
        assertEquals(List.of(), build(site));
        Html page = Html.of(site.read("rounds/round2/index.html"));
        List<String> labels = page.texts("table.declared-figures tbody th");
        List<String> values = page.texts("table.declared-figures tbody td.num");
        assertEquals(List.of("整改任务", "已完成整改", "达到序时进度", "未达到序时进度", "应于2023年4月底前完成", "已按期完成",
                "反馈问题", "生态保护问题", "污染防治问题", "细化为整改任务", "省级牵头", "市县牵头", "受理转办群众信访举报",
                "已结案销号", "阶段性办结", "未办结", "结案销号率"), labels);
        assertEquals(List.of("64项", "52项", "61项", "3项", "55项", "52项", "38个", "21个", "17个", "64项", "9项", "55项",
                "1250个", "1180个", "52个", "18个", "94.4%"), values);
        // as of a month, shown at that precision; no scope column, since every figure is of the round
        assertEquals("2023年4月", page.texts("table.declared-figures tbody time").get(0));
        assertEquals(List.of("项目", "数值", "截至"), page.texts("table.declared-figures thead th"));
        assertEquals(List.of(), page.texts("dl.figures"), "no empty list of named fields the report does not give");
    }

    /** The report's figures are open data like a bulletin's, their source the round page. */
    @Test
    void theReportsFiguresAreOpenData() {
        TestSite site = site(dir, "progress-report");
        assertEquals(List.of(), build(site));
        String csv = site.read("data/figures.csv");
        assertContains(csv, "\r\ncomplaintsClosed,已结案销号,1180,个,,2023-04,month,,round2,,,,,"
                + "rounds/round2/,第二轮中央生态环境保护督察,\r\n");
        assertContains(csv, "\r\nclosureRate,结案销号率,94.4,%,,2023-04,month,");
    }

    @Test
    void onAndBehindScheduleMakeUpTheTasks() {
        assertEquals(List.of(ROUNDS + ":11:36: error: 整改任务 64项 does not agree with its parts: 达到序时进度 61项 + "
                + "未达到序时进度 4项 = 65项"), planted("value: 3}", "value: 4}"));
    }

    @Test
    void tasksDoneAreSomeOfTheTasks() {
        assertEquals(List.of(ROUNDS + ":12:35: error: 已完成整改 65项 is more than 整改任务 64项, which includes it"),
                planted("value: 52, label: 已完成整改", "value: 65, label: 已完成整改"));
    }

    @Test
    void tasksDueAreSomeOfTheTasks() {
        assertEquals(List.of(ROUNDS + ":15:34: error: 应于2023年4月底前完成 66项 is more than 整改任务 64项, which "
                + "includes it"), planted("value: 55, label: 应于", "value: 66, label: 应于"));
    }

    @Test
    void dueTasksDoneAreSomeOfTheTasksDone() {
        assertEquals(List.of(ROUNDS + ":16:38: error: 已按期完成 53项 is more than 已完成整改 52项, which includes it"),
                planted("value: 52, label: 已按期完成", "value: 53, label: 已按期完成"));
    }

    @Test
    void dueTasksDoneAreSomeOfTheTasksDue() {
        assertEquals(List.of(ROUNDS + ":16:38: error: 已按期完成 56项 is more than 已完成整改 52项, which includes it",
                ROUNDS + ":16:38: error: 已按期完成 56项 is more than 应于2023年4月底前完成 55项, which includes it"),
                planted("value: 52, label: 已按期完成", "value: 56, label: 已按期完成"));
    }

    @Test
    void theProblemsAreTheirKinds() {
        assertEquals(List.of(ROUNDS + ":17:39: error: 反馈问题 38个 does not agree with its parts: 生态保护问题 21个 + "
                + "污染防治问题 16个 = 37个"), planted("value: 17,", "value: 16,"));
    }

    @Test
    void theTasksTheProblemsSplitIntoAreTheirLeads() {
        assertEquals(List.of(ROUNDS + ":20:39: error: 细化为整改任务 64项 does not agree with its parts: 省级牵头 9项 + "
                + "市县牵头 54项 = 63项"), planted("value: 55, unit: 项", "value: 54, unit: 项"));
    }

    @Test
    void theComplaintsAreClosedPhasedOrOpen() {
        assertEquals(List.of(ROUNDS + ":23:44: error: 受理转办群众信访举报 1250个 does not agree with its parts: 已结案销号 "
                + "1180个 + 阶段性办结 52个 + 未办结 19个 = 1251个"), planted("value: 18,", "value: 19,"));
    }

    @Test
    void theClosureRateIsAtItsPrintedPrecision() {
        assertEquals(List.of(ROUNDS + ":27:37: error: 结案销号率 94.5% does not agree with 已结案销号 1180个 ÷ "
                + "受理转办群众信访举报 1250个 = 94.4% (half-up to 1 decimal)"), planted("94.4%", "94.5%"));
    }

    /** The named fields are a form of declared figures: the same figure in both forms is no error. */
    @Test
    void aNamedFieldMayRestateAFigureWithTheSameValue() {
        assertEquals(List.of(), planted("    - asOf: 2023-04\n", "    - asOf: 2023-04\n      complaintsAssigned: 1250\n"));
    }

    /** Relations take the first statement, the named field; the item that contradicts it is reported. */
    @Test
    void aNamedFieldThatContradictsAnItemIsReported() {
        assertEquals(List.of(ROUNDS + ":10:27: error: 交办 1251件 does not agree with its parts: 已结案销号 1180个 + 阶段性办结 "
                + "52个 + 未办结 18个 = 1250件", ROUNDS + ":24:44: error: 受理转办群众信访举报 1250个 is stated again with "
                + "another value: first as 交办 1251件 at content/rounds.yaml:10:27", ROUNDS + ":28:37: error: 结案销号率 "
                + "94.4% does not agree with 已结案销号 1180个 ÷ 交办 1251件 = 94.3% (half-up to 1 decimal)"),
                planted("    - asOf: 2023-04\n", "    - asOf: 2023-04\n      complaintsAssigned: 1251\n"));
    }
}
