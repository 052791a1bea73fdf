package org.disclose.content.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Contains;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 3, in a workbook: an unknown verdict and region read as unknown, the private column is skipped and
 * any other column is a warning at its header cell (row 1, its column number), as cells of workbooks are located.
 */
class ComplaintWorkbookColumnsTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbooksExtraColumnsAreWarnedAboutAtTheirHeaderCell() {
        String[] header = TestSite.COMPLAINT_HEADER.trim().split(",");
        String[] withExtra = new String[header.length + 2];
        System.arraycopy(header, 0, withExtra, 0, header.length);
        withExtra[header.length] = "举报人";
        withExtra[header.length + 1] = "备注";
        String sheet = XlsxFiles.inlineRow(1, withExtra)
                + XlsxFiles.inlineRow(2, "1", "A001", "反映某企业排放废气", "待核实", "大气", "", "待核实", "", "", "未办结", "",
                        "张三", "已回访");
        TestSite site = TestSite.minimal(dir)
                .write("content/rounds.yaml", "- id: r2\n  name: 第二轮中央生态环境保护督察\n  feedbackDate: 2021-12-12\n")
                .write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: r2\nprivate: [举报人]\n");
        XlsxFiles.workbook(sheet, List.of()).write(dir.resolve("content/complaints/b1.xlsx"));
        BuildResult r = site.build();
        assertEquals(List.of("content/complaints/b1.xlsx:1:13: warning: the column '备注' is not published: it is "
                + "none of the columns a complaint table has; if the office keeps it private, list it in "
                + "content/complaints/b1.yaml as private: [备注]"),
                r.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(r.ok());
        String page = site.read("complaints/A001/index.html");
        Contains.assertContains(Html.of(page).text(), "是否属实 待核实");
        Contains.assertNotContains(page, "张三");
        Contains.assertNotContains(page, "已回访");
    }
}
