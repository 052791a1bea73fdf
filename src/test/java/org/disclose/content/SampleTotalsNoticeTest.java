package org.disclose.content;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notice over sample complaint statistics says their totals agree with the published figures only when the build
 * compared them with a published figure; with none to compare, it says only that they are samples.
 */
class SampleTotalsNoticeTest {

    private static final String HEADER = TestSite.COMPLAINT_HEADER;
    private static final String AGREE = "总数与公开发布的数据一致";

    @TempDir
    Path dir;

    private TestSite site(String reports) {
        return TestSite.minimal(dir)
                .write("content/rounds.yaml", """
                        - id: r2
                          name: 第二轮中央生态环境保护督察
                          feedbackDate: 2021-12-12
                        """ + reports)
                .write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-09-01\nround: r2\nsample: true\n")
                .write("content/complaints/b1.csv", HEADER
                        + "1,X0101,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n"
                        + "2,X0102,反映某河段水体发黑,乙市,水,经核实部分属实,部分属实,整改到位,已整改,阶段性办结,无\n")
                .write("content/releases/progress.md", "---\ntitle: 整改进展\ndate: 2023-05-10\n---\n\n正文。\n");
    }

    private static List<String> build(TestSite site) {
        return site.build().diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void withoutAPublishedFigureTheNoticeClaimsNoAgreement() {
        TestSite s = site("");
        assertEquals(List.of(), build(s));
        String text = Html.of(s.read("complaints/index.html")).text();
        assertContains(text, "以下统计根据示例案件计算，仅用于演示。");
        assertNotContains(text, AGREE);
    }

    @Test
    void aReportComparedWithTheRecordsLetsTheNoticeSaySo() {
        TestSite s = site("""
                  reports:
                    - asOf: 2023-05-10
                      release: progress
                      complaintsAssigned: 2
                      complaintsClosed: 1
                """);
        assertEquals(List.of(), build(s));
        assertContains(Html.of(s.read("complaints/index.html")).text(), AGREE);
    }
}
