package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.Contains;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The latest declared figures on the complaints overview and the round dashboard (issue 16): for each standard
 * complaint figure the latest statement of the widest scope, with its scope and as-of date, linked to its bulletin;
 * shown whether or not complaint rows exist, and absent when no bulletin declares figures.
 */
class LatestFiguresTest {

    private static final String HEADER = TestSite.COMPLAINT_HEADER;
    private static final String BANLI = "content/bulletins/banli-1-13.md";

    @TempDir
    Path dir;

    /** The two 交办 bulletins (第11批, 第12批) and the 办理 bulletin for 第1至13批, without complaint rows. */
    private TestSite bulletins() {
        TestSite s = site(dir, "jiaoban");
        try {
            s.write(BANLI, Files.readString(TestSite.PROJECT.resolve("src/test/resources/figures/banli/" + BANLI)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    private static void assertContains(String page, String... texts) {
        for (String text : texts) {
            Contains.assertContains(page, text);
        }
    }

    private static String row(String label, String value, String scope, String asOf, String shown, String bulletin,
                              String title) {
        return "<tr><th scope=\"row\">" + label + "</th><td class=\"num\">" + value + "</td><td>" + scope
                + "</td><td><time datetime=\"" + asOf + "\">" + shown + "</time></td><td><a href=\""
                + bulletin + "\">" + title + "</a></td></tr>";
    }

    @Test
    void withoutRowsTheOverviewAndDashboardShowTheLatestFiguresWithScopeAsOfAndSource() {
        TestSite s = bulletins();
        assertEquals(List.of(), build(s));
        String overview = s.read("complaints/index.html");
        String dashboard = s.read("rounds/round3/index.html");
        for (String page : List.of(overview, dashboard)) {
            // 交办: the 办理 bulletin's 481 (第1至13批, 11-25) is later than the running totals of 第11批 and 第12批.
            assertContains(page, "<caption>第三轮中央生态环境保护督察最新通报数据</caption>",
                    "<th scope=\"col\">截至</th>",
                    row("交办", "481件", "第1至13批", "2023-11-25", "2023-11-25", "../../bulletins/banli-1-13/"
                            .substring(page == overview ? 3 : 0), "第1至13批交办信访件办理情况"),
                    // 重点: of 第12批's two statements at one date, the wider one (第1至12批), in the source's words.
                    row("累计重点", "27件", "截至第12批", "2023-11-21", "2023-11-21", "../../bulletins/jiaoban-12/"
                            .substring(page == overview ? 3 : 0), "中央第三生态环境保护督察组交办第12批信访件"),
                    "<th scope=\"row\">办结率</th><td class=\"num\">83.57%</td>",
                    "<th scope=\"row\">罚款</th><td class=\"num\">312.45万元</td>");
            assertFalse(page.contains("问责"), "accountability figures are not complaint figures");
        }
        assertFalse(overview.contains("<th scope=\"row\">群众信访举报件</th>"), "a narrower or older statement");
        assertContains(s.read("index.html"), "<caption>第三轮中央生态环境保护督察最新通报数据</caption>",
                row("交办", "481件", "第1至13批", "2023-11-25", "2023-11-25", "./bulletins/banli-1-13/",
                        "第1至13批交办信访件办理情况"));
        assertFalse(overview.contains("download"), "no row totals without rows");
    }

    @Test
    void aFigureDeclaredZeroShowsZeroAndAMonthAsOfShowsAsAMonth() {
        TestSite s = plant(bulletins(), BANLI, "  - {key: interviewed, value: 46}",
                "  - {key: interviewed, value: 46, asOf: 2023-11}\n  - {key: criminalDetentions, value: 0}");
        assertEquals(List.of(), build(s));
        String overview = s.read("complaints/index.html");
        assertContains(overview,
                row("刑事拘留", "0人", "第1至13批", "2023-11-25", "2023-11-25", "../bulletins/banli-1-13/",
                        "第1至13批交办信访件办理情况"),
                row("约谈", "46人", "第1至13批", "2023-11", "2023年11月", "../bulletins/banli-1-13/",
                        "第1至13批交办信访件办理情况"));
    }

    @Test
    void withRowsTheOverviewShowsTheirTotalsAndTheDeclaredFigures() {
        TestSite s = bulletins()
                .write("content/complaints/b11.yaml", "batch: 11\nassigned: 2023-11-20\nround: round3\n")
                .write("content/complaints/b11.csv", HEADER + rows(38));
        assertEquals(List.of(), build(s));
        String overview = s.read("complaints/index.html");
        assertContains(overview, "download", "<caption>第三轮中央生态环境保护督察最新通报数据</caption>",
                "<th scope=\"row\">交办</th><td class=\"num\">481件</td>");
    }

    @Test
    void withoutBulletinsThereIsNoBlock() {
        TestSite s = site(dir, "jiaoban");
        try (var files = Files.list(s.root().resolve("content/bulletins"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), build(s));
        assertFalse(s.read("rounds/round3/index.html").contains("最新通报数据"));
        assertFalse(s.exists("complaints/index.html"), "no overview without rows or figures");
    }

    @Test
    void regionFiguresAloneMakeNoBlock() {
        TestSite s = plant(site(dir, "jiaoban"), "content/bulletins/jiaoban-11.md",
                "  - {key: complaintsKey, value: 2, label: 重点}",
                "  - {key: complaintsKey, value: 0, label: 重点, scope: {region: 甲市}}");
        assertEquals(List.of(), build(s));
        String dashboard = s.read("rounds/round3/index.html");
        assertTrue(dashboard.contains("最新通报数据"));
        assertFalse(dashboard.contains("<th scope=\"row\">重点</th>"), "a region's figure is not the round's");
    }

    /** As many rows for batch 11 as its bulletin declares: the records must agree with the declared 交办. */
    private static String rows(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            s.append(i).append(",X11").append(String.format("%02d", i))
                    .append(",反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n");
        }
        return s.toString();
    }
}
