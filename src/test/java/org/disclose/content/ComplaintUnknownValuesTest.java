package org.disclose.content;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 3: 是否属实, 问题类型 and 行政区域 may be unknown in a complaint row (an empty cell, 待核实, 未注明, 不详),
 * counted and shown as unknown, never as a value; 受理方式 (or 来源) and 重点 are used; columns the office keeps private
 * are skipped quietly, and any other column is a warning at its header.
 */
class ComplaintUnknownValuesTest {

    @TempDir
    Path dir;

    static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              feedbackDate: 2021-12-12
            """;
    static final String BATCH = "batch: 1\nassigned: 2021-08-27\nround: r2\n";

    private TestSite site(String csv) {
        return site(csv, BATCH);
    }

    private TestSite site(String csv, String batch) {
        return TestSite.minimal(dir)
                .write("content/rounds.yaml", ROUNDS)
                .write("content/complaints/b1.yaml", batch)
                .write("content/complaints/b1.csv", csv);
    }

    /** Five cases: one known throughout; then 待核实, an empty 是否属实, an unknown region and an unknown type. */
    private static String rows() {
        return TestSite.COMPLAINT_HEADER
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n"
                + "2,A002,反映某河段水体发黑,甲市,水,,待核实,,,未办结,\n"
                + "3,A003,反映噪声扰民,乙市,噪声,,,,,未办结,\n"
                + "4,A004,反映异味,未注明,大气,,不详,,,未办结,\n"
                + "5,A005,反映某处倾倒垃圾,乙市,,,待核实,,,未办结,\n";
    }

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void unknownValuesAreCountedAndShownAsUnknownNeverAsAValue() {
        TestSite site = site(rows());
        assertEquals(List.of(), messages(site.build()));
        String said = Html.of(site.read("complaints/index.html")).text();
        assertContains(said, "交办案件 5件");
        // 按是否属实: one 属实, four 待核实 (empty, 待核实, 不详 and 待核实 again)
        assertContains(said, "属实 1");
        assertContains(said, "待核实 4");
        assertNotContains(said, "不详");
        // 按地区: 甲市 2, 乙市 2, 未注明 1 (no page); 按问题类型: 大气 2, 水 1, 噪声 1, 未注明 1
        assertContains(said, "甲市 2");
        assertContains(said, "乙市 2");
        assertContains(said, "未注明 1");
        assertContains(said, "大气 2");
        assertFalse(site.exists("complaints/region/未注明/index.html"), "an unknown region has no page");
        assertTrue(site.exists("complaints/region/甲市/index.html"));

        String unknownRegion = site.read("complaints/A004/index.html");
        assertContains(Html.of(unknownRegion).text(), "地区 未注明");
        assertContains(Html.of(unknownRegion).text(), "是否属实 待核实");
        assertNotContains(unknownRegion, "region/未注明", "an unknown region links nowhere");
        assertContains(Html.of(site.read("complaints/A003/index.html")).text(), "是否属实 待核实");
        assertContains(Html.of(site.read("complaints/A005/index.html")).text(), "问题类型 未注明");
        String batch = site.read("complaints/r2/batch-1/index.html");
        assertContains(batch, "<td>未注明</td>", "in a list, an unknown region is its word, without a link");

        // the open data leaves an unknown empty: what was not known is not written as a value
        String csv = site.read("data/complaints.csv");
        assertContains(csv, ",A002,反映某河段水体发黑,甲市,水,,,,,未办结,", "待核实 is no verdict");
        assertContains(csv, ",A004,反映异味,,大气,,,,,未办结,", "未注明 is no region, 不详 no verdict");
        assertContains(csv, ",A005,反映某处倾倒垃圾,乙市,,,,,,未办结,", "an unknown type is none");
    }

    @Test
    void anUnknownVerdictIsNoVerdictInTheRecordsChecks() {
        String bulletin = """
                ---
                kind: 办理
                round: r2
                batches: 1-1
                date: 2023-11-25
                title: 第1批交办信访件办理情况
                figures:
                  - {key: complaintsAssigned, value: 5}
                  - {key: verified, value: VERIFIED}
                ---
                截至11月25日，第1批交办的5件信访件中属实VERIFIED件，其余正在核查。
                """;
        TestSite site = site(rows()).write("content/bulletins/banli-1.md", bulletin.replace("VERIFIED", "1"));
        assertEquals(List.of(), messages(site.build()), "one case is 属实; the four unknown are no verdict");

        site.write("content/bulletins/banli-1.md", bulletin.replace("VERIFIED", "5"));
        assertEquals(List.of("content/bulletins/banli-1.md:9:28: error: 属实 5件 (第1批) does not agree with the "
                + "complaint records: content/complaints/b1.csv has 1 case found 属实 in batch 1; 4 cases leave "
                + "their 是否属实 unknown and are counted as no value"), messages(site.build()));
    }

    @Test
    void anUnknownRegionIsNoRegionInTheRecordsChecks() {
        String bulletin = """
                ---
                kind: 办理
                round: r2
                batches: 1-1
                date: 2023-11-25
                title: 第1批交办信访件办理情况
                figures:
                  - {key: complaintsAssigned, value: VALUE, label: 甲市交办, scope: {region: 甲市}}
                ---
                截至11月25日，第1批交办甲市VALUE件。
                """;
        TestSite site = site(rows()).write("content/bulletins/banli-1.md", bulletin.replace("VALUE", "2"));
        assertEquals(List.of(), messages(site.build()), "A001 and A002 are in 甲市; A004 is in no region");

        site.write("content/bulletins/banli-1.md", bulletin.replace("VALUE", "3"));
        assertEquals(List.of("content/bulletins/banli-1.md:8:38: error: 甲市交办 3件 (甲市, 第1批) does not agree with the "
                + "complaint records: content/complaints/b1.csv has 2 cases in 甲市 in batch 1; 1 case leaves its "
                + "行政区域 unknown and is counted as no value"), messages(site.build()));
    }

    @Test
    void theChannelAndKeyCaseColumnsAreShownAndCounted() {
        String csv = TestSite.COMPLAINT_HEADER.replace("\n", ",受理方式,重点\n")
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无,来电,是\n"
                + "2,A002,反映某河段水体发黑,甲市,水,经核实属实,属实,整改到位,已整改,已办结,无,来信,否\n"
                + "3,A003,反映噪声扰民,乙市,噪声,经核实属实,属实,整改到位,已整改,未办结,无,来电,\n"
                + "4,A004,反映异味,乙市,大气,经核实属实,属实,整改到位,已整改,未办结,无,,\n";
        TestSite site = site(csv);
        assertEquals(List.of(), messages(site.build()));
        String said = Html.of(site.read("complaints/index.html")).text();
        assertContains(said, "重点案件 1件");
        assertContains(said, "按受理方式统计");
        assertContains(said, "来电 2");
        assertContains(said, "来信 1");
        String one = Html.of(site.read("complaints/A001/index.html")).text();
        assertContains(one, "受理方式 来电");
        assertContains(one, "重点案件 是");
        assertContains(Html.of(site.read("complaints/A002/index.html")).text(), "重点案件 否");
        String four = Html.of(site.read("complaints/A004/index.html")).text();
        assertNotContains(four, "受理方式");
        assertNotContains(four, "重点案件");

        // the open data carries both, under the tables' own headers; 重点 as 是, 否 or empty where not said
        String table = site.read("data/complaints.csv");
        assertContains(table, ",是否办结,责任人被处理情况,受理方式,重点,");
        assertContains(table, ",A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无,来电,是,false");
        assertContains(table, ",A002,反映某河段水体发黑,甲市,水,经核实属实,属实,整改到位,已整改,已办结,无,来信,否,false");
        assertContains(table, ",A003,反映噪声扰民,乙市,噪声,经核实属实,属实,整改到位,已整改,未办结,无,来电,,false");
        assertContains(table, ",A004,反映异味,乙市,大气,经核实属实,属实,整改到位,已整改,未办结,无,,,false");
        String json = site.read("data/complaints.json");
        assertContains(json, "\"channel\": \"来电\", \"keyCase\": \"是\"");
        assertContains(json, "\"channel\": null, \"keyCase\": null");
        String pack = site.read("data/datapackage.json");
        assertContains(pack, "{\"name\": \"受理方式\", \"title\": \"受理方式\", \"description\": \"JSON key: "
                + "channel\", \"type\": \"string\"}");
        assertContains(pack, "{\"name\": \"重点\", \"title\": \"重点\", \"description\": \"JSON key: keyCase\", "
                + "\"type\": \"string\", \"constraints\": {\"enum\": [\"是\", \"否\"]}}");
    }

    @Test
    void sourceIsTheChannelAndAKeyCaseIsYesOrNo() {
        String csv = TestSite.COMPLAINT_HEADER.replace("\n", ",来源,重点\n")
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无,微信,重要\n"
                + "2,A002,反映某河段水体发黑,甲市,水,经核实属实,属实,整改到位,已整改,已办结,无,网络,是\n";
        TestSite site = site(csv);
        assertEquals(List.of("content/complaints/b1.csv:2:51: error: 重点 is '重要', which is not allowed; use 是 or "
                + "否, or leave it empty"), messages(site.build()));
        site.write("content/complaints/b1.csv", csv.replace(",重要\n", ",否\n"));
        assertEquals(List.of(), messages(site.build()));
        assertContains(Html.of(site.read("complaints/A001/index.html")).text(), "受理方式 微信");
    }

    @Test
    void privateColumnsAreSkippedQuietlyAndNeverPublished() throws IOException {
        String csv = TestSite.COMPLAINT_HEADER.replace("\n", ",联系电话,举报人\n")
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无,13812345678,李四\n";
        TestSite site = site(csv, BATCH + "private: [联系电话, 举报人]\n");
        BuildResult r = site.build();
        assertEquals(List.of(), messages(r));
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                assertFalse(text.contains("13812345678") || utf8.contains("李四") || utf8.contains("联系电话"),
                        "nothing of a private column reaches " + p);
            }
        }
    }

    @Test
    void anyOtherColumnIsAWarningAtItsHeaderAndTheGuardStillReadsIt() {
        String csv = TestSite.COMPLAINT_HEADER.replace("\n", ",备注,联系电话\n")
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无,无,13812345678\n";
        TestSite site = site(csv);
        BuildResult r = site.build();
        List<String> m = messages(r);
        assertEquals(List.of(
                "content/complaints/b1.csv:1:67: warning: the column '备注' is not published: it is none of the "
                        + "columns a complaint table has; if the office keeps it private, list it in "
                        + "content/complaints/b1.yaml as private: [备注]",
                "content/complaints/b1.csv:1:70: warning: the column '联系电话' is not published: it is none of the "
                        + "columns a complaint table has; if the office keeps it private, list it in "
                        + "content/complaints/b1.yaml as private: [联系电话]"),
                m.stream().filter(s -> s.contains("warning")).toList());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("content/complaints/b1.csv:2:50: error: a mobile number "
                + "(138****5678) must not be published")), "the personal-data guard still reads a column it does "
                + "not know: " + m);

        site.write("content/complaints/b1.csv", csv.replace(",13812345678\n", ",\n"));
        r = site.build();
        assertEquals(2, r.diagnostics().size(), messages(r).toString());
        assertTrue(r.ok(), "warnings do not fail the build");
        assertTrue(site.exists("complaints/A001/index.html"));
        assertNotContains(site.read("data/complaints.csv"), "备注");
    }

    @Test
    void anAliasBesideItsColumnIsASecondColumnAndWarnedAbout() {
        String csv = TestSite.COMPLAINT_HEADER.replace("\n", ",受理方式,来源\n")
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无,来电,热线\n";
        TestSite site = site(csv);
        assertEquals(List.of("content/complaints/b1.csv:1:72: warning: the column '来源' is not published: the table "
                + "has '受理方式', which it stands for; remove one of them, or if the office keeps it private, list it "
                + "in content/complaints/b1.yaml as private: [来源]"), messages(site.build()));
        assertContains(Html.of(site.read("complaints/A001/index.html")).text(), "受理方式 来电");
    }

    /** The table without the column {@code name}: its header and every row's cell of it. */
    private static String without(String csv, String name) {
        List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).split(","));
        int at = header.indexOf(name);
        StringBuilder out = new StringBuilder();
        for (String line : csv.split("\n")) {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(at);
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    @Test
    void aTableWithoutTheVerdictColumnLeavesEveryVerdictUnknown() {
        TestSite site = site(without(rows(), "是否属实"));
        assertEquals(List.of(), messages(site.build()));
        String said = Html.of(site.read("complaints/index.html")).text();
        assertContains(said, "交办案件 5件");
        // 按是否属实: no verdict at all, all five 待核实
        assertContains(said, "待核实 5");
        assertNotContains(said, "属实 1");
        assertContains(Html.of(site.read("complaints/A001/index.html")).text(), "是否属实 待核实");
        assertContains(site.read("data/complaints.csv"), ",A001,反映某企业排放废气,甲市,大气,经核实属实,,整改到位,已整改,已办结,无,");
    }

    @Test
    void aTableWithoutRegionAndTypeColumnsLeavesThemUnknownInEveryRow() {
        TestSite site = site(without(without(rows(), "行政区域"), "问题类型"));
        assertEquals(List.of(), messages(site.build()));
        String said = Html.of(site.read("complaints/index.html")).text();
        // 按地区 and 按问题类型 each have only their last line: all five 未注明
        assertContains(said, "未注明 5");
        assertNotContains(said, "甲市");
        assertNotContains(said, "大气");
        assertFalse(site.exists("complaints/region/甲市/index.html"));
        String one = Html.of(site.read("complaints/A001/index.html")).text();
        assertContains(one, "地区 未注明");
        assertContains(one, "问题类型 未注明");
        // 属实 1, 待核实 4, as before: only the absent columns are unknown
        assertContains(said, "属实 1");
        assertContains(said, "待核实 4");
    }

    @Test
    void aColumnThatMayBeAbsentMayBePrivateAndIsThenUnknownAndUnpublished() {
        TestSite site = site(rows().replace("问题类型", "污染类型"), BATCH + "private: [污染类型, 是否属实]\n");
        assertEquals(List.of(), messages(site.build()));
        String said = Html.of(site.read("complaints/index.html")).text();
        assertContains(said, "待核实 5");
        // 按地区 keeps its one unknown region (A004); 按问题类型 has all five unknown
        assertContains(said, "按地区 地区 案件数（件） 已办结（件） 结案销号率 乙市 2 0 0.00% 甲市 2 1 50.00% 未注明 1 0 0.00%");
        assertContains(said, "按问题类型统计 按问题类型统计 未注明 5");
        assertNotContains(said, "大气");
        String csv = site.read("data/complaints.csv");
        assertContains(csv, ",A001,反映某企业排放废气,甲市,,经核实属实,,整改到位,已整改,已办结,无,");
        assertNotContains(csv, "污染类型");
    }

    @Test
    void theVerdictColumnInTraditionalCharactersIsStillMissingWithAHint() {
        TestSite site = site(rows().replace("是否属实", "是否屬實"));
        assertEquals(List.of("content/complaints/b1.csv:1:1: error: missing column '是否属实' in "
                + "content/complaints/b1.csv (the column '是否屬實' is written in traditional characters: did you mean "
                + "'是否属实'?); its columns are: 序号, 受理编号, 交办问题基本情况, 行政区域, 问题类型, 调查核实情况, 是否屬實, "
                + "办结目标, 处理和整改情况, 是否办结, 责任人被处理情况"), messages(site.build()));
    }

    @Test
    void theResolutionCannotBeAbsentNorPrivate() {
        TestSite site = site(without(rows(), "是否办结"));
        assertEquals(List.of("content/complaints/b1.csv:1:1: error: missing column '是否办结' in "
                + "content/complaints/b1.csv; its columns are: 序号, 受理编号, 交办问题基本情况, 行政区域, 问题类型, "
                + "调查核实情况, 是否属实, 办结目标, 处理和整改情况, 责任人被处理情况"), messages(site.build()));
        site = site(rows(), BATCH + "private: [是否办结]\n");
        assertEquals(List.of("content/complaints/b1.yaml:4:10: error: '是否办结' is listed as private, but every case "
                + "publishes it: remove it from 'private'"), messages(site.build()));
    }

    @Test
    void aPublishedColumnCannotBePrivate() {
        TestSite site = site(rows(), BATCH + "private: [受理编号]\n");
        assertEquals(List.of("content/complaints/b1.yaml:4:10: error: '受理编号' is listed as private, but every case "
                + "publishes it: remove it from 'private'"), messages(site.build()));
    }
}
