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
        assertEquals(List.of("群众信访举报件", "来电", "来信", "微信", "重点"), page.texts(".bulletin-figures tbody th"));
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
        assertEquals(List.of(FILE + ":26:31: error: 重点 2件 (第13批) is less than its rows: 重点 1件 (长春市, 第13批) + "
                + "重点 2件 (四平市, 第13批) + 重点 0件 (延边州, 第13批) = 3件 (吉林市 not given)"),
                build(plant(example(), FILE, "[四平市, 8, 6, 1, 1, 1]", "[四平市, 8, 6, 1, 1, 2]")));
    }

    @Test
    void aRowWhosePartsDoNotAddUpAlsoBreaksItsColumnTotal() {
        assertEquals(List.of(FILE + ":22:15: error: 群众信访举报件 11件 does not agree with its parts: "
                + "来电 9件 + 来信 2件 + 微信 1件 = 12件",
                FILE + ":26:21: error: 来电 20件 (第13批) does not agree with its rows: 来电 9件 (长春市, 第13批) + "
                + "来电 6件 (吉林市, 第13批) + 来电 6件 (四平市, 第13批) + 来电 0件 (延边州, 第13批) = 21件"),
                build(plant(example(), FILE, "[长春市, 11, 8, 2, 1, 1]", "[长春市, 11, 9, 2, 1, 1]")));
    }

    @Test
    void aTotalRowThatRestatesAFigureWithAnotherValue() {
        assertEquals(List.of(FILE + ":26:17: error: 群众信访举报件 29件 (第13批) does not agree with its rows: "
                + "群众信访举报件 11件 (长春市, 第13批) + 群众信访举报件 9件 (吉林市, 第13批) + 群众信访举报件 8件 (四平市, 第13批) + "
                + "群众信访举报件 0件 (延边州, 第13批) = 28件",
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
}
