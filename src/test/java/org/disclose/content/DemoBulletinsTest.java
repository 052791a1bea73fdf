package org.disclose.content;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's two sample bulletins agree with its thirty complaint tables: a 办理 figure over all of them that the rows
 * contradict is an error naming the first and last table, not thirty paths.
 */
class DemoBulletinsTest {

    private static final String BANLI = "content/bulletins/banli-1-30.md";
    private static final String JIAOBAN = "content/bulletins/jiaoban-30.md";

    @TempDir
    Path dir;

    @Test
    void theDemoBulletinsAgreeWithTheRecordsAndAreShown() {
        TestSite site = TestSite.demo(dir);
        assertEquals(List.of(), BulletinSites.build(site));
        assertContains(site.read("bulletins/index.html"), "（示例）第1至30批交办信访件办理情况");
        String jiaoban = site.read("bulletins/jiaoban-30/index.html");
        assertContains(jiaoban, "4704件");
        assertContains(jiaoban, "（示例）第30批交办信访件按污染类型分布");
        assertContains(jiaoban, "一件可能涉及多个类型，各类型数字相加多于总数。");
    }

    @Test
    void aRegionRowTheRecordsContradictIsAnErrorThere() {
        TestSite site = BulletinSites.plant(TestSite.demo(dir), JIAOBAN, "[示例甲市, 18]", "[示例甲市, 19]");
        List<String> errors = BulletinSites.build(site);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(JIAOBAN + ":17:16: error: 群众信访举报件 19件 (示例甲市, 第30批) does not agree with the complaint "
                + "records: content/complaints/batch-30.csv has 18 cases in 示例甲市 in batch 30", errors.get(0));
        assertContains(errors.get(1), JIAOBAN + ":26:17: error: 群众信访举报件 156件 does not agree with its rows");
    }

    @Test
    void aHandlingFigureTheRowsContradictNamesTheirFirstAndLastTable() {
        TestSite site = BulletinSites.plant(TestSite.demo(dir), BANLI, "{key: complaintsOpen, value: 31}",
                "{key: complaintsOpen, value: 30}");
        assertEquals(List.of(
                BANLI + ":10:38: error: 交办 4704件 does not agree with its parts: 已办结 4593件 + 阶段性办结 80件 + "
                        + "未办结 30件 = 4703件",
                BANLI + ":13:34: error: 未办结 30件 (第1至30批) does not agree with the complaint records: "
                        + "content/complaints/batch-01.csv … content/complaints/batch-30.csv (30 tables) have 31 cases "
                        + "marked 未办结 in batches 1–30"), BulletinSites.build(site));
    }
}
