package org.disclose.content;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
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
 * A 交办 bulletin's tables ({@code tables:}): by region × channel with a total row, a region declared 0, a value not
 * given, and by pollution type adding up to more than the count. The example builds clean and shows them; for every
 * relation a table declares, one changed cell fails the build with a diagnostic at the cell it makes wrong.
 */
class FigureTablesBuildTest {

    private static final String FILE = "content/bulletins/jiaoban-13.md";

    @TempDir
    Path dir;

    private TestSite example() {
        return site(dir, "jiaoban-tables");
    }

    @Test
    void theBulletinShowsItsTablesAsPrinted() {
        TestSite s = example();
        assertEquals(List.of(), build(s));
        Html page = Html.of(s.read("bulletins/jiaoban-13/index.html"));
        assertEquals(List.of("第13批交办信访件按地区和来源分布", "第13批交办信访件按污染类型分布"),
                page.texts(".figure-table caption"));
        assertEquals(List.of("地区", "群众信访举报件", "来电", "来信", "微信", "重点"),
                page.texts(".figure-table:nth-of-type(1) thead th").subList(0, 6));
        String html = s.read("bulletins/jiaoban-13/index.html");
        assertContains(html, "<tr><th scope=\"row\">延边州</th><td class=\"num\">0件</td><td class=\"num\">0件</td>");
        assertContains(html, "<th scope=\"row\">吉林市</th><td class=\"num\">9件</td><td class=\"num\">6件</td>"
                + "<td class=\"num\">2件</td><td class=\"num\">1件</td><td class=\"num not-given\">未公布</td></tr>");
        assertContains(html, "<tfoot><tr><th scope=\"row\">合计</th><td class=\"num\">28件</td>");
        assertContains(html, "<th scope=\"col\">污染类型</th>");
        assertContains(html, "<th scope=\"row\">其他</th><td class=\"num not-given\">未公布</td>");
        assertEquals(List.of("同一件可能涉及多个类型，各类型数字相加多于总数。"), page.texts(".table-note"));
        assertEquals(2, page.texts(".table-scroll[role=region] > table.figure-table").size());
    }

    @Test
    void theCellsAreFiguresButAreNotListedAgainBesideTheTables() {
        TestSite s = example();
        assertEquals(List.of(), build(s));
        Html page = Html.of(s.read("bulletins/jiaoban-13/index.html"));
        assertEquals(List.of("群众信访举报件", "来电", "来信", "微信", "重点"), page.texts(".declared-figures tbody th"));
        String csv = s.read("data/figures.csv");
        assertContains(csv, "complaintsAssigned,群众信访举报件,0,件,,2023-11-22,day,延边州、第13批,round3,13,13,延边州,");
        assertContains(csv, "complaintsAssigned,群众信访举报件,12,件,,2023-11-22,day,大气、第13批,round3,13,13,,");
        assertNotContains(csv, "其他", "a value not given is no figure");
    }

    @Test
    void aTypeTableWhoseTypesDoNotExceedTheCountHasNoNote() {
        TestSite s = plant(example(), FILE, "      - [大气, 12]", "      - [大气, 5]");
        assertEquals(List.of(), build(s));
        assertNotContains(s.read("bulletins/jiaoban-13/index.html"), "table-note");
    }

    @Test
    void rowsByRegionThatDoNotAddUpToTheTotalRow() {
        assertEquals(List.of(FILE + ":26:31: error: 重点 2件 is less than its rows: 长春市 1件 + "
                + "四平市 2件 + 延边州 0件 = 3件 (吉林市 not given)"),
                build(plant(example(), FILE, "[四平市, 8, 6, 1, 1, 1]", "[四平市, 8, 6, 1, 1, 2]")));
    }

    @Test
    void aRowWhosePartsDoNotAddUpAlsoBreaksItsColumnTotal() {
        assertEquals(List.of(FILE + ":22:15: error: 群众信访举报件 11件 (长春市) does not agree with its parts: "
                + "来电 9件 + 来信 2件 + 微信 1件 = 12件",
                FILE + ":26:21: error: 来电 20件 does not agree with its rows: 长春市 9件 + "
                + "吉林市 6件 + 四平市 6件 + 延边州 0件 = 21件"),
                build(plant(example(), FILE, "[长春市, 11, 8, 2, 1, 1]", "[长春市, 11, 9, 2, 1, 1]")));
    }

    @Test
    void aTotalRowThatRestatesAFigureWithAnotherValue() {
        assertEquals(List.of(FILE + ":26:17: error: 群众信访举报件 29件 does not agree with its rows: "
                + "长春市 11件 + 吉林市 9件 + 四平市 8件 + "
                + "延边州 0件 = 28件",
                FILE + ":26:17: error: 群众信访举报件 29件 is stated again for 第13批 with another value: first as "
                + "群众信访举报件 28件 at " + FILE + ":10:12"),
                build(plant(example(), FILE, "[合计, 28, 20, 5, 3, 2]", "[合计, 29, 20, 5, 3, 2]")));
    }

    @Test
    void aTypeRowMoreThanTheCount() {
        assertEquals(List.of(FILE + ":32:14: error: 群众信访举报件 42件 (大气, 第13批) is more than 群众信访举报件 28件 "
                + "(第13批), the count of every type, which includes it"),
                build(plant(example(), FILE, "      - [大气, 12]", "      - [大气, 42]")));
    }

    /**
     * Complaint rows for batch 13: {@code perCity} cases in each of 长春市, 吉林市 and 四平市, every one of them 大气, as
     * a table of records would hold them.
     */
    private static TestSite withRows(TestSite s, int... perCity) {
        String[] cities = {"长春市", "吉林市", "四平市"};
        StringBuilder rows = new StringBuilder(TestSite.COMPLAINT_HEADER);
        int n = 0;
        for (int c = 0; c < cities.length; c++) {
            for (int i = 0; i < perCity[c]; i++) {
                n++;
                rows.append(n).append(",X13").append(String.format("%02d", n)).append(",反映某企业排放废气,")
                        .append(cities[c]).append(",大气,经核实属实,属实,整改到位,已整改,已办结,无\n");
            }
        }
        return s.write("content/complaints/b13.yaml", "batch: 13\nassigned: 2023-11-22\nround: round3\n")
                .write("content/complaints/b13.csv", rows.toString());
    }

    /** Rows by region are held to the records of their region; rows by type stand: records are not counted by type. */
    @Test
    void regionRowsAreCheckedAgainstTheComplaintRowsOfTheirRegionAndTypeRowsStand() {
        TestSite agreeing = withRows(site(dir.resolve("agreeing"), "jiaoban-tables"), 11, 9, 8);
        assertEquals(List.of(), build(agreeing));
        assertNotContains(agreeing.read("rounds/round3/index.html"), "<th scope=\"row\">大气</th>",
                "a type's figure is not the round's");
        assertEquals(List.of(FILE + ":23:15: error: 群众信访举报件 9件 (吉林市, 第13批) does not agree with the complaint "
                + "records: content/complaints/b13.csv has 8 cases in 吉林市 in batch 13",
                FILE + ":24:15: error: 群众信访举报件 8件 (四平市, 第13批) does not agree with the complaint records: "
                + "content/complaints/b13.csv has 9 cases in 四平市 in batch 13"),
                build(withRows(site(dir.resolve("other"), "jiaoban-tables"), 11, 8, 9)));
    }
}
