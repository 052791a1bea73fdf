package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;

/**
 * The demo's task ledger, {@code content/tasks/sample-ledger.xlsx}: demo tasks 1 to 8 as an office keeps them in
 * Excel (dates as date cells, measures numbered one a line, the latest note in 整改进展 and the earlier progress in
 * the sheet 整改进展). The committed file must be exactly what this writes; after changing it, write it again with
 * {@code mvn -o -q -B test -Dtest=DemoLedgerTest -Ddisclose.ledger.update=true}. DemoDigestTest proves that the
 * site it builds is the site the same tasks built from YAML.
 */
class DemoLedgerTest {

    static final Path FILE = TestSite.PROJECT.resolve("content/tasks/sample-ledger.xlsx");

    static final String[] HEADER = {"序号", "督察反馈问题", "整改目标", "整改措施", "责任领导", "牵头单位", "配合单位",
        "整改时限", "行政区域", "整改状态", "整改进展"};

    static final String[][] TASKS = {
            {"1", "（示例）城镇生活污水收集处理设施建设滞后，部分污水直排",
                "完成污水管网改造和处理设施扩容，实现生活污水应收尽收",
                "1. 加快污水管网建设\n2. 推进雨污分流改造", "示例责任领导",
                "省生态环境厅（示例）", "省发展改革委（示例）", "#44926", "全省", "已完成",
                "整改措施全部落实，达到整改目标。"},
            {"2", "（示例）秸秆焚烧管控不到位，秋冬季火点多发",
                "建立秸秆禁烧网格化管理体系，火点数量明显下降",
                "1. 落实网格化禁烧责任\n2. 提高秸秆综合利用能力", "示例责任领导",
                "省住房城乡建设厅（示例）", "省生态环境厅（示例）", "#44926", "示例甲市", "已完成",
                "整改措施全部落实，达到整改目标。"},
            {"3", "（示例）部分黑土地保护措施落实不到位",
                "落实黑土地保护措施，遏制违法取土等破坏行为",
                "1. 开展黑土地破坏问题排查\n2. 依法查处违法取土行为", "示例责任领导",
                "省农业农村厅（示例）", "省生态环境厅（示例）", "#45107", "示例乙市", "已完成",
                "整改措施全部落实，达到整改目标。"},
            {"4", "（示例）部分废弃矿山生态修复滞后",
                "完成废弃矿山生态修复年度任务",
                "1. 制定矿山生态修复方案\n2. 开展修复工程验收", "示例责任领导",
                "省自然资源厅（示例）", "省林草局（示例）", "#44926", "示例丙市", "已完成",
                "整改措施全部落实，达到整改目标。"},
            {"5", "（示例）畜禽养殖污染治理不到位",
                "畜禽粪污资源化利用水平进一步提高",
                "1. 完善粪污收储运体系\n2. 加强规模养殖场监管", "示例责任领导",
                "省水利厅（示例）", "省生态环境厅（示例）", "#44926", "示例丁县", "已完成",
                "整改措施全部落实，达到整改目标。"},
            {"6", "（示例）部分工业园区污水管网不完善",
                "园区污水实现集中收集处理",
                "1. 补齐园区管网短板\n2. 开展园区污水排查整治", "示例责任领导",
                "省生态环境厅（示例）", "省发展改革委（示例）", "#45107", "全省", "已完成",
                "整改措施全部落实，达到整改目标。"},
            {"7", "（示例）危险废物规范化管理存在薄弱环节",
                "危险废物规范化管理水平明显提升",
                "1. 开展危险废物专项检查\n2. 完善危险废物转移管理", "示例责任领导",
                "省住房城乡建设厅（示例）", "省生态环境厅（示例）", "#44926", "示例甲市", "已完成",
                "整改措施全部落实，达到整改目标。"},
            {"8", "（示例）饮用水水源保护区内存在违规建设项目",
                "完成保护区内违规项目清理整治",
                "1. 逐一核查保护区内项目\n2. 依法清理违规建设", "示例责任领导",
                "省农业农村厅（示例）", "省生态环境厅（示例）", "#44926", "示例乙市", "已完成",
                "整改措施全部落实，达到整改目标。"}
    };

    static final String[] PROGRESS_HEADER = {"序号", "日期", "整改状态", "进展情况"};

    static final String[][] PROGRESS = {
            {"1", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"1", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"1", "2022-12-20", "已完成", ""},
            {"2", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"2", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"2", "2022-12-20", "已完成", ""},
            {"3", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"3", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"3", "2022-12-20", "已完成", ""},
            {"4", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"4", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"4", "2022-12-20", "已完成", ""},
            {"5", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"5", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"5", "2022-12-20", "已完成", ""},
            {"6", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"6", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"6", "2022-12-20", "已完成", ""},
            {"7", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"7", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"7", "2023-03-31", "已完成", ""},
            {"8", "2022-03-31", "达到序时进度", "已制定整改方案，明确责任单位和完成时限。"},
            {"8", "2022-09-30", "达到序时进度", "主要整改措施正在实施。"},
            {"8", "2022-12-20", "已完成", ""}
    };

    static byte[] workbook() {
        List<String[]> tasks = new ArrayList<>(List.of(new String[][] {HEADER}));
        tasks.addAll(Arrays.asList(TASKS));
        List<String[]> progress = new ArrayList<>(List.of(new String[][] {PROGRESS_HEADER}));
        progress.addAll(Arrays.asList(PROGRESS));
        return new LedgerWorkbook().sheet("整改任务清单", tasks).sheet("整改进展", progress).bytes();
    }

    @Test
    void theCommittedLedgerIsWhatThisWrites() throws IOException {
        if (Boolean.getBoolean("disclose.ledger.update")) {
            Files.write(FILE, workbook());
        }
        assertArrayEquals(workbook(), Files.readAllBytes(FILE), "write it again (see DemoLedgerTest)");
    }
}
