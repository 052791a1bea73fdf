package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulletins as pages: one page each under /bulletins/, their figures as declared, a list newest first, and links
 * both ways with the complaint batch tables where the site has complaint rows for their batches.
 */
class BulletinPagesTest {

    private static final String HEADER = TestSite.COMPLAINT_HEADER;
    private static final String BANLI = "content/bulletins/banli-1-13.md";

    @TempDir
    Path dir;

    /**
     * The 交办 examples, the 办理 example, and complaint rows for batches 11 and 12 of their round, as many as the
     * 交办 bulletins declare.
     */
    private TestSite withBatches() {
        TestSite s = site(dir, "jiaoban");
        Path banli = TestSite.PROJECT.resolve("src/test/resources/figures/banli/" + BANLI);
        try {
            s.write(BANLI, Files.readString(banli));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return s.write("content/complaints/b11.yaml", "batch: 11\nassigned: 2023-11-20\nround: round3\n")
                .write("content/complaints/b11.csv", HEADER
                        + "1,X1101,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n" + more("X11", 38))
                .write("content/complaints/b12.yaml", "batch: 12\nassigned: 2023-11-21\nround: round3\n")
                .write("content/complaints/b12.csv", HEADER
                        + "1,X1201,反映某河段水体发黑,乙市,水,经核实部分属实,部分属实,整改到位,已整改,阶段性办结,无\n"
                        + more("X12", 41));
    }

    /** Rows 2 to {@code n}, so that the batch has as many cases as its 交办 bulletin declares (records are evidence). */
    private static String more(String prefix, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 2; i <= n; i++) {
            s.append(i).append(',').append(prefix).append(String.format("%02d", i))
                    .append(",反映某企业噪声扰民,甲市,噪声,经核实属实,属实,整改到位,已整改,已办结,无\n");
        }
        return s.toString();
    }

    private static void assertContains(String page, String... texts) {
        for (String text : texts) {
            org.disclose.Contains.assertContains(page, text);
        }
    }

    @Test
    void eachBulletinHasItsPageWithTheFiguresAsDeclared() {
        TestSite s = withBatches();
        assertEquals(List.of(), build(s));
        String jiaoban = s.read("bulletins/jiaoban-12/index.html");
        assertContains(jiaoban, "<h1>中央第三生态环境保护督察组交办第12批信访件</h1>", "<dd>交办</dd>", "<dd>第12批</dd>",
                "<dd>吉林日报</dd>", "<th scope=\"row\">来电</th><td class=\"num\">30件</td><td>第12批</td>",
                "<th scope=\"row\">累计交办</th><td class=\"num\">453件</td><td>截至第12批</td>",
                "<time datetime=\"2023-11-21\">2023-11-21</time>", "<caption>");
        String banli = s.read("bulletins/banli-1-13/index.html");
        assertContains(banli, "<dd>办理</dd>", "<dd>第1至13批</dd>", "83.57%", "312.45万元", "超过28人",
                "<th scope=\"row\">正厅级</th><td class=\"num\">1人</td>", "截至11月25日");
        assertEquals(1, banli.split("<h1", -1).length - 1, "one h1");
    }

    @Test
    void aFigureDeclaredZeroShowsZeroAndAMonthShowsAsAMonth() {
        TestSite s = plant(withBatches(), BANLI, "  - {key: interviewed, value: 46}",
                "  - {key: interviewed, value: 46, asOf: 2023-11}\n  - {key: criminalDetentions, value: 0}");
        assertEquals(List.of(), build(s));
        String banli = s.read("bulletins/banli-1-13/index.html");
        assertContains(banli, "<th scope=\"row\">刑事拘留</th><td class=\"num\">0人</td>",
                "<th scope=\"row\">约谈</th><td class=\"num\">46人</td><td>第1至13批</td>"
                        + "<td><time datetime=\"2023-11\">2023年11月</time></td>");
    }

    @Test
    void bulletinsAndBatchTablesLinkBothWays() {
        TestSite s = withBatches();
        assertEquals(List.of(), build(s));
        String batch12 = s.read("complaints/round3/batch-12/index.html");
        assertContains(batch12, "<a href=\"../../../bulletins/jiaoban-12/\">",
                "<a href=\"../../../bulletins/banli-1-13/\">");
        assertTrue(batch12.indexOf("bulletins/banli-1-13/") < batch12.indexOf("bulletins/jiaoban-12/"),
                "newest first");
        assertFalse(batch12.contains("bulletins/jiaoban-11/"), batch12);
        assertContains(s.read("complaints/round3/batch-11/index.html"), "../../../bulletins/jiaoban-11/",
                "../../../bulletins/banli-1-13/");

        String jiaoban12 = s.read("bulletins/jiaoban-12/index.html");
        assertContains(jiaoban12, "<a href=\"../../complaints/round3/batch-12/\">第12批</a>");
        assertFalse(jiaoban12.contains("complaints/round3/batch-11/"), jiaoban12);
        assertContains(s.read("bulletins/banli-1-13/index.html"),
                "<a href=\"../../complaints/round3/batch-11/\">第11批</a>",
                "<a href=\"../../complaints/round3/batch-12/\">第12批</a>");
        assertContains(s.read("complaints/index.html"), "<a href=\"../bulletins/\">");
    }

    @Test
    void aBulletinCountingThroughABatchSaysSoAndCoversTheSameBatchesAsTheRange() {
        TestSite s = plant(withBatches(), BANLI, "\nbatches: 1-13\n", "\nthrough: 13\n");
        assertEquals(List.of(), build(s));
        String banli = s.read("bulletins/banli-1-13/index.html");
        assertContains(banli, "<dd>截至第13批</dd>",
                "<th scope=\"row\">约谈</th><td class=\"num\">46人</td><td>截至第13批</td>",
                "<a href=\"../../complaints/round3/batch-12/\">第12批</a>");
        assertFalse(banli.contains("第1至13批</"), banli);
        assertContains(s.read("bulletins/index.html"), "截至第13批");
    }

    @Test
    void theListIsNewestFirst() {
        TestSite s = withBatches();
        assertEquals(List.of(), build(s));
        String list = s.read("bulletins/index.html");
        int banli = list.indexOf("href=\"../bulletins/banli-1-13/\"");
        int j12 = list.indexOf("href=\"../bulletins/jiaoban-12/\"");
        int j11 = list.indexOf("href=\"../bulletins/jiaoban-11/\"");
        assertTrue(banli > 0 && banli < j12 && j12 < j11, list);
        assertContains(list, "<caption>", "<th scope=\"col\">");
    }

    @Test
    void withoutComplaintRowsThePagesStandAlone() throws Exception {
        TestSite s = site(dir, "jiaoban");
        assertEquals(List.of(), build(s));
        String page = s.read("bulletins/jiaoban-11/index.html");
        assertContains(page, "<td class=\"num\">412件</td>");
        assertFalse(page.contains("complaints/"), page);
        // Issue 16 point 4: the overview shows the declared figures without rows; there are no batch tables.
        assertTrue(Files.exists(s.output().resolve("complaints/index.html")));
        try (Stream<Path> pages = Files.list(s.output().resolve("complaints"))) {
            assertTrue(pages.allMatch(p -> p.getFileName().toString().startsWith("index.html")), "no batch tables");
        }
        try (Stream<Path> files = Files.walk(s.output().resolve("search/docs"))) {
            assertTrue(files.filter(p -> p.toString().endsWith(".json")).anyMatch(p -> read(p).contains("交办第11批信访件")),
                    "bulletins are in the search index");
        }
        assertContains(s.read("sitemap.xml"), "bulletins/jiaoban-11/", "bulletins/</loc>");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
