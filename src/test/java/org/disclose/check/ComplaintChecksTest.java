package org.disclose.check;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Complaint tables as offices have them, and every rule about them, with exact messages and places. */
class ComplaintChecksTest {

    @TempDir
    Path dir;

    static final String HEADER = "序号,受理编号,交办问题基本情况,行政区域,问题类型,调查核实情况,是否属实,办结目标,处理和整改情况,是否办结,"
            + "责任人被处理情况\n";
    static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              feedbackDate: 2021-12-12
              reports:
                - asOf: 2023-05-10
                  complaintsAssigned: 3
                  complaintsClosed: 2
                  closureRate: 66.67
            """;
    static final String BATCH = "batch: 1\nassigned: 2021-08-27\nround: r2\n";

    private TestSite site(String csv) {
        return TestSite.minimal(dir)
                .write("content/rounds.yaml", ROUNDS)
                .write("content/complaints/b1.yaml", BATCH)
                .write("content/complaints/b1.csv", csv);
    }

    private static String rows() {
        return HEADER
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n"
                + "2,A002,\"反映某河段\n水体发黑\",乙市,\"大气、水\",经核实部分属实,部分属实,整改到位,已整改,已办结,约谈1人\n"
                + "3,A003,反映噪声扰民,甲市,噪声,经核实属实,属实,整改到位,推进中,阶段性办结,无\n";
    }

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void consistentTablesBuildWithEveryPage() {
        TestSite site = site(rows());
        BuildResult r = site.build();
        assertEquals(List.of(), messages(r));
        String summary = site.read("complaints/index.html");
        String said = Html.of(summary).text();
        assertContains(said, "交办案件 3件");
        assertContains(said, "结案销号率 66.67%");
        assertContains(summary, "<svg", "each breakdown has its chart");
        assertContains(Html.of(site.read("complaints/A002/index.html")).text(), "大气、水");
        assertContains(site.read("complaints/r2/batch-1/index.html"), "A003");
        assertContains(site.read("complaints/region/甲市/index.html"), "A001");
        assertContains(site.read("data/complaints.csv"), "A002");
    }

    @Test
    void gb18030WithCrlfAndTheOlderHeaderIsReadAsExcelWroteIt() throws Exception {
        TestSite site = site("");
        String csv = rows().replace("问题类型", "污染类型").replace("\n", "\r\n");
        Files.write(site.root().resolve("content/complaints/b1.csv"), csv.getBytes(Charset.forName("GB18030")));
        BuildResult r = site.build();
        assertEquals(List.of(), messages(r));
        assertContains(site.read("complaints/A001/index.html"), "反映某企业排放废气");
    }

    @Test
    void missingColumnIsNamedWithTheFile() {
        BuildResult r = site(rows().replace(",是否办结,", ",办结情况,")).build();
        assertEquals(List.of("content/complaints/b1.csv:1:1: error: missing column '是否办结' in "
                + "content/complaints/b1.csv; its columns are: 序号, 受理编号, 交办问题基本情况, 行政区域, 问题类型, "
                + "调查核实情况, 是否属实, 办结目标, 处理和整改情况, 办结情况, 责任人被处理情况"), messages(r));
    }

    @Test
    void unknownValuesArePlacedAtTheirRowAndColumn() {
        BuildResult r = site(rows().replace("推进中,阶段性办结", "推进中,已完结").replace("经核实属实,整改到位,已整改",
                "经核实属实,整改到位,已整改").replace("甲市,大气,", "甲市,烟尘,")).build();
        assertEquals(List.of(
                "content/complaints/b1.csv:2:21: error: 问题类型 is '烟尘', which is not allowed; use one of: "
                        + "大气, 水, 土壤, 噪声, 生态, 海洋, 辐射, 固废, 其他; leave it empty or write 待核实 where it is not "
                        + "known yet",
                "content/complaints/b1.csv:5:39: error: 是否办结 is '已完结', which is not allowed (did you mean "
                        + "'已办结'?); use one of: 已办结, 阶段性办结, 未办结"), messages(r));
    }

    @Test
    void duplicateAcceptanceNumbersAcrossFiles() {
        BuildResult r = site(rows())
                .write("content/complaints/b2.yaml", "batch: 2\nassigned: 2021-08-28\nround: r2\n")
                .write("content/complaints/b2.csv", HEADER + "1,A002,重复,甲市,水,核实,属实,整改,已整改,已办结,无\n")
                .build();
        assertEquals(List.of("content/complaints/b2.csv:2:3: error: duplicate 受理编号 'A002': already used at "
                + "content/complaints/b1.csv:3:3; each must be unique"), messages(r).stream()
                .filter(m -> m.contains("duplicate")).toList());
    }

    @Test
    void declaredTotalsAgainstTheCaseRecords() {
        BuildResult r = site(rows().replace("已整改,已办结,约谈1人", "已整改,未办结,约谈1人")).build();
        assertEquals(List.of("content/rounds.yaml:7:25: error: complaintsClosed is 2, but the complaint tables of "
                + "round 'r2' mark 1 cases 已办结"), messages(r));
        r = site(rows()).write("content/rounds.yaml", ROUNDS.replace("complaintsAssigned: 3", "complaintsAssigned: 4")
                .replace("66.67", "50")).build();
        assertEquals(List.of("content/rounds.yaml:6:27: error: complaintsAssigned is 4 as of 2023-05-10, but the "
                + "complaint tables of round 'r2' list 3 cases assigned by then"), messages(r));
    }

    @Test
    void aBatchWithoutItsFactsIsAnError() throws Exception {
        TestSite site = site(rows());
        Files.delete(site.root().resolve("content/complaints/b1.yaml"));
        assertEquals(List.of("content/complaints/b1.csv:1:1: error: the batch's facts are missing: create "
                + "content/complaints/b1.yaml with batch (第几批), assigned (交办日期) and round"), messages(site.build()));
    }
}
