package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 1: a task ledger (整改任务清单) in CSV or Excel builds the very site its tasks written in YAML build,
 * byte for byte: headers and their aliases, measures one a line with their numbering removed, units in one cell,
 * dates as a workbook stores them, and progress from dated columns or from the sheet 整改进展.
 */
class TaskLedgerBuildTest {

    @TempDir
    Path dir;

    static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              feedbackDate: 2021-12-12
            """;

    /** The two tasks every ledger below gives, as YAML. */
    static final String YAML = """
            - id: "1"
              round: r2
              problem: 城镇生活污水收集处理设施建设滞后
              target: 实现生活污水应收尽收
              measures: ["加快污水管网建设", "推进雨污分流改造"]
              leader: 示例责任领导
              leadUnits: ["省生态环境厅", "省住房城乡建设厅"]
              supportingUnits: ["省发展改革委"]
              deadline: 2022-12-31
              region: 甲市
              status: 已完成
              sample: true
              progress:
                - date: 2022-03-31
                  status: 达到序时进度
                  note: 已制定整改方案。
                - date: 2022-12-20
                  status: 已完成
                  note: 整改措施全部落实。
            - id: "2"
              round: r2
              problem: 秸秆焚烧管控不到位
              measures: ["落实网格化禁烧责任"]
              deadline: 长期坚持
              status: 长期坚持
              sample: true
            """;

    static final String SIDECAR = "round: r2\nsample: true\n";

    private TestSite site(String name) {
        return TestSite.minimal(dir.resolve(name)).write("content/rounds.yaml", ROUNDS);
    }

    /** Every published file by its digest, but the two that record the build itself (see DemoDigestTest). */
    private static Map<String, String> built(TestSite site) {
        BuildResult r = site.build();
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(r.ok());
        Map<String, String> digest = new java.util.TreeMap<>(TestSite.digest(site.output()));
        digest.remove(".disclose-site"); // what the build was made from
        digest.remove("manifest.json"); // the build time
        return digest;
    }

    private Map<String, String> fromYaml() {
        Map<String, String> digest = built(site("yaml").write("content/tasks/tasks.yaml", YAML));
        assertTrue(digest.containsKey("tasks/1/index.html"));
        return digest;
    }

    @Test
    void aCsvLedgerWithAliasesAndDatedColumnsBuildsWhatItsYamlBuilds() {
        String csv = "序号,问题,整改目标,整改措施,责任领导,责任单位,配合单位,整改时限,地区,整改状态,"
                + "整改状态（2022-03-31）,整改进展（2022-03-31）,整改状态(2022-12-20),完成情况\n"
                + "1,城镇生活污水收集处理设施建设滞后,实现生活污水应收尽收,\"1.加快污水管网建设\n2.推进雨污分流改造\","
                + "示例责任领导,省生态环境厅、省住房城乡建设厅,省发展改革委,2022年12月31日,甲市,已完成,"
                + "达到序时进度,已制定整改方案。,已完成,整改措施全部落实。\n"
                + "2,秸秆焚烧管控不到位,,落实网格化禁烧责任,,,,长期坚持,,长期坚持,,,,\n";
        TestSite ledger = site("csv").write("content/tasks/ledger.csv", csv)
                .write("content/tasks/ledger.yaml", SIDECAR);
        assertEquals(fromYaml(), built(ledger));
    }

    @Test
    void aWorkbookWithAProgressSheetBuildsWhatItsYamlBuilds() {
        TestSite ledger = site("xlsx").write("content/tasks/ledger.yaml", SIDECAR);
        new LedgerWorkbook()
                .sheet("整改任务清单", List.of(
                        new String[] {"序号", "督察反馈问题", "整改目标", "整改措施", "责任领导", "牵头单位", "配合单位",
                                "整改时限", "行政区域", "整改状态", "整改进展"},
                        new String[] {"#1", "城镇生活污水收集处理设施建设滞后", "实现生活污水应收尽收",
                                "（1）加快污水管网建设\n（2）推进雨污分流改造", "示例责任领导", "省生态环境厅\n省住房城乡建设厅",
                                "省发展改革委", "#44926", "甲市", "已完成", "整改措施全部落实。"},
                        new String[] {"#2", "秸秆焚烧管控不到位", "", "落实网格化禁烧责任", "", "", "", "长期坚持", "",
                                "长期坚持", ""}))
                .sheet("说明", List.of(new String[] {"本表为示例"}, new String[] {"not read"}))
                .sheet("整改进展", List.of(
                        new String[] {"序号", "日期", "整改状态", "进展情况"},
                        new String[] {"1", "2022-03-31", "达到序时进度", "已制定整改方案。"},
                        new String[] {"1", "#44915", "已完成", ""}))
                .write(ledger.root().resolve("content/tasks/ledger.xlsx"));
        assertEquals(fromYaml(), built(ledger));
    }

    @Test
    void aLedgerAndATaskListBuildTogetherAndTheSidecarIsNoTaskList() {
        String first = YAML.substring(0, YAML.indexOf("- id: \"2\""));
        String second = YAML.substring(YAML.indexOf("- id: \"2\""));
        TestSite mixed = site("mixed").write("content/tasks/more.yaml", second)
                .write("content/tasks/ledger.yaml", SIDECAR)
                .write("content/tasks/ledger.csv", "序号,督察反馈问题,整改目标,整改措施,责任领导,牵头单位,配合单位,"
                        + "整改时限,行政区域,整改状态,整改状态（2022-03-31）,整改进展（2022-03-31）,"
                        + "整改状态（2022-12-20）,整改进展（2022-12-20）\n"
                        + "1,城镇生活污水收集处理设施建设滞后,实现生活污水应收尽收,\"加快污水管网建设\n推进雨污分流改造\","
                        + "示例责任领导,\"省生态环境厅，省住房城乡建设厅\",省发展改革委,2022-12-31,甲市,已完成,达到序时进度,"
                        + "已制定整改方案。,已完成,整改措施全部落实。\n");
        assertTrue(first.contains("id: \"1\""));
        assertEquals(fromYaml(), built(mixed));
    }

    @Test
    void aLatestNoteWithoutDatedEntriesIsDatedByTheSidecarsAsOf() {
        String yaml = """
                - id: "3"
                  round: r2
                  problem: 某问题
                  status: 达到序时进度
                  progress:
                    - date: 2023-05-10
                      status: 达到序时进度
                      note: 正在推进。
                """;
        Map<String, String> expected = built(site("yaml").write("content/tasks/tasks.yaml", yaml));
        TestSite ledger = site("asof").write("content/tasks/ledger.yaml", "round: r2\nasOf: 2023-05-10\n")
                .write("content/tasks/ledger.csv", "序号,督察反馈问题,整改状态,整改进展\n3,某问题,达到序时进度,正在推进。\n");
        assertEquals(expected, built(ledger));
    }
}
