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

    @TempDir
    Path dir;

    @Test
    void theDemoBulletinsAgreeWithTheRecordsAndAreShown() {
        TestSite site = TestSite.demo(dir);
        assertEquals(List.of(), BulletinSites.build(site));
        assertContains(site.read("bulletins/index.html"), "（示例）第1至30批交办信访件办理情况");
        assertContains(site.read("bulletins/jiaoban-30/index.html"), "4704件");
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
