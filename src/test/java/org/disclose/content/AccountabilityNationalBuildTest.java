package org.disclose.content;

import static org.disclose.Contains.assertContains;
import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national accountability summary (figures/accountability-national) as a site: it builds clean, the
 * accountability page shows its totals and its table by province with the total row apart, a province's 0 as 0 and
 * a figure it does not give as not published; a column that does not add up fails the build at the total cell.
 */
class AccountabilityNationalBuildTest {

    private static final String FILE = "content/accountability.yaml";

    @TempDir
    Path dir;

    @Test
    void theSummaryBuildsCleanAndShowsItsTable() {
        TestSite s = site(dir, "accountability-national");
        assertEquals(List.of(), build(s));
        String html = s.read("accountability/index.html");
        Html page = Html.of(html);
        assertEquals(List.of("各省（区、市）问责情况"), page.texts("table.figure-table caption"));
        assertEquals(List.of("吉林省", "山东省", "广东省", "西藏自治区"), page.texts("table.figure-table tbody th"));
        assertContains(html, "<th scope=\"row\">西藏自治区</th><td class=\"num\">0人</td>");
        assertContains(html, "<td class=\"num not-given\">未公布</td>");
        assertContains(html, "<tfoot><tr><th scope=\"row\">合计</th><td class=\"num\">1026人</td>");
        // the totals stated beside the table are shown once, as figures; the cells only in the table
        assertEquals(List.of("问责", "厅级", "正厅", "处级", "诫勉", "党纪政务处分", "组织处理", "移送司法"),
                page.texts("table.declared-figures tbody th"));
        assertContains(s.read("data/figures.csv"), "heldAccountable,问责,0,人,,2024-01,month,西藏自治区");
    }

    @Test
    void aColumnThatDoesNotAddUpFailsTheBuildAtItsTotal() {
        List<String> errors = build(plant(site(dir, "accountability-national"), FILE,
                "[吉林省, 312, 18, 3, 121, 85, 160, 61, 6]", "[吉林省, 312, 18, 3, 121, 85, 160, 61, 7]"));
        assertEquals(List.of(FILE + ":26:52: error: 移送司法 24人 does not agree with its rows: 吉林省 7人 + 山东省 "
                + "10人 + 广东省 8人 + 西藏自治区 0人 = 25人"), errors);
    }
}
