package org.disclose.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article furniture in real builds: 上一篇 / 下一篇 in the order of each column's list (withdrawn items and drafts left
 * out as the lists leave them out), 相关阅读 by shared tags, and the 扫码阅读 QR code (its decoding is in
 * {@link QrCodeScanTest}).
 */
class ArticleFurnitureTest {

    private static final String NONE = "没有了";

    @TempDir
    Path dir;

    static String release(String title, String date, List<String> tags, String extra) {
        StringBuilder s = new StringBuilder("---\ntitle: " + title + "\ndate: " + date + "\n");
        if (!tags.isEmpty()) {
            s.append("tags:\n");
            tags.forEach(t -> s.append("  - ").append(t).append('\n'));
        }
        return s.append(extra).append("---\n\n正文。\n").toString();
    }

    /** Six listed releases, one withdrawn and one draft; list order a, b, c, d, e, f. */
    static TestSite releases(TestSite site) {
        return site
                .write("content/releases/a.md", release("稿件甲", "2023-05-01", List.of("大气", "水"), ""))
                .write("content/releases/b.md", release("稿件乙", "2023-04-01", List.of("大气"), ""))
                .write("content/releases/c.md", release("稿件丙", "2023-03-01", List.of("水", "大气"), ""))
                .write("content/releases/d.md", release("稿件丁", "2023-03-01", List.of("大气"), ""))
                .write("content/releases/e.md", release("稿件戊", "2023-02-01", List.of("土壤"), ""))
                .write("content/releases/f.md", release("稿件己", "2023-01-01", List.of(), ""))
                .write("content/releases/w.md", release("已撤回的稿件", "2022-12-01", List.of("大气", "水"), """
                        withdrawn:
                          date: 2022-12-02
                          reason: 内容有误
                        """))
                .write("content/releases/x.md", release("草稿", "2022-11-01", List.of("大气", "水"), "draft: true\n"));
    }

    private static Html page(TestSite site, String path) {
        return Html.of(site.read(path + "index.html"));
    }

    /** 上一篇 and 下一篇 as the page shows them: each the linked address, or 没有了. */
    private static List<String> neighbours(Html page) {
        List<String> out = new ArrayList<>();
        for (var li : page.one("nav.article-nav").select("li")) {
            var a = li.selectFirst("a");
            out.add(li.selectFirst(".article-nav-label").text() + (a == null ? li.ownText().isEmpty()
                    ? li.select(".article-nav-none").text() : li.ownText() : a.attr("rel") + " " + a.attr("href")));
        }
        return out;
    }

    @Test
    void releasesLinkToTheirNeighboursInTheListsOrderNewestFirst() {
        TestSite site = releases(TestSite.minimal(dir));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);

        assertEquals(List.of("上一篇：" + NONE, "下一篇：next ../../releases/b/"), neighbours(page(site, "releases/a/")),
                "the newest has no 上一篇");
        assertEquals(List.of("上一篇：prev ../../releases/b/", "下一篇：next ../../releases/d/"),
                neighbours(page(site, "releases/c/")), "one day's releases follow each other by slug, as listed");
        assertEquals(List.of("上一篇：prev ../../releases/e/", "下一篇：" + NONE), neighbours(page(site, "releases/f/")),
                "the oldest listed has no 下一篇: the withdrawn release and the draft are not in the list");
        assertEquals("上一篇和下一篇", page(site, "releases/c/").one("nav.article-nav").attr("aria-label"),
                "a navigation landmark named from the theme's strings");
        assertTrue(page(site, "releases/w/").texts("nav.article-nav").isEmpty(),
                "a withdrawn release keeps its page but has no place in the list");
        assertEquals(List.of("../../releases/a/", "../../releases/c/", "../../releases/b/", "../../releases/d/"),
                page(site, "releases/w/").attrs(".related-reading a", "href"),
                "but its readers are pointed to the listed releases on its subjects");
    }

    @Test
    void relatedReadingListsTheReleasesSharingTheMostTagsThenTheNewest() {
        TestSite site = releases(TestSite.minimal(dir));
        assertTrue(site.build().ok());

        assertEquals(List.of("../../releases/c/", "../../releases/b/", "../../releases/d/"),
                page(site, "releases/a/").attrs(".related-reading a", "href"),
                "c shares both tags; b and d one, b the newer; the withdrawn release and the draft are never related");
        assertEquals(List.of("稿件丙", "稿件乙", "稿件丁"), page(site, "releases/a/").texts(".related-reading a"));
        assertEquals("相关阅读", page(site, "releases/a/").one(".related-reading h2").text());
        assertEquals(List.of("../../releases/a/", "../../releases/b/", "../../releases/c/"),
                page(site, "releases/d/").attrs(".related-reading a", "href"), "a release is not related to itself");
        assertEquals(List.of(), page(site, "releases/e/").texts(".related-reading"), "no other release is 土壤");
        assertEquals(List.of(), page(site, "releases/f/").texts(".related-reading"), "an untagged release");
    }

    /**
     * Forty releases with random tags: each page's 相关阅读 is what comparing every pair says (most tags shared, then
     * newest, then slug; at most five), which the index must give without comparing every pair.
     */
    @Test
    void relatedReadingAgreesWithComparingEveryPair() {
        Random random = new Random(18);
        String[] tags = {"大气", "水", "土壤", "生态", "信访"};
        TestSite site = TestSite.minimal(dir);
        List<R> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Set<String> mine = new HashSet<>();
            int n = random.nextInt(4);
            while (mine.size() < n) {
                mine.add(tags[random.nextInt(tags.length)]);
            }
            R r = new R(String.format("r%02d", i), String.format("2023-%02d-%02d", 1 + random.nextInt(3),
                    1 + random.nextInt(3)), mine);
            all.add(r);
            site.write("content/releases/" + r.slug() + ".md", release("稿件" + i, r.date(),
                    mine.stream().sorted().toList(), ""));
        }
        assertTrue(site.build().ok());
        for (R r : all) {
            Comparator<R> order = Comparator.comparingLong((R o) -> -shared(r, o)).thenComparing(R::date,
                    Comparator.reverseOrder()).thenComparing(R::slug);
            List<String> expected = all.stream().filter(o -> o != r && shared(r, o) > 0).sorted(order).limit(5)
                    .map(o -> "../../releases/" + o.slug() + "/").toList();
            assertEquals(expected, page(site, "releases/" + r.slug() + "/").attrs(".related-reading a", "href"),
                    r.toString());
        }
    }

    private record R(String slug, String date, Set<String> tags) {
    }

    private static long shared(R a, R b) {
        return a.tags().stream().filter(b.tags()::contains).count();
    }

    @Test
    void casesAndBulletinsLinkToTheirNeighboursInTheirListsOrder() {
        TestSite site = TestSite.minimal(dir)
                .write("content/rounds.yaml", "- id: round2\n  name: 第二轮中央生态环境保护督察\n")
                .write("content/cases/1-a.md", "---\ntitle: 案例甲\nround: round2\nstatus: 已完成整改\n---\n\n正文。\n")
                .write("content/cases/2-b.md", "---\ntitle: 案例乙\nround: round2\nstatus: 已完成整改\n---\n\n正文。\n")
                .write("content/cases/3-c.md", "---\ntitle: 案例丙\nround: round2\nstatus: 已完成整改\n---\n\n正文。\n")
                .write("content/bulletins/jiaoban-1.md", bulletin("交办第1批信访件", 1, "2023-01-01"))
                .write("content/bulletins/jiaoban-2.md", bulletin("交办第2批信访件", 2, "2023-01-02"))
                .write("content/bulletins/jiaoban-3.md", bulletin("交办第3批信访件", 3, "2023-01-03"));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of("上一篇：" + NONE, "下一篇：next ../../cases/2-b/"), neighbours(page(site, "cases/1-a/")));
        assertEquals(List.of("上一篇：prev ../../cases/1-a/", "下一篇：next ../../cases/3-c/"),
                neighbours(page(site, "cases/2-b/")));
        assertEquals(List.of("上一篇：prev ../../cases/2-b/", "下一篇：" + NONE), neighbours(page(site, "cases/3-c/")));
        assertEquals(List.of("上一篇：" + NONE, "下一篇：next ../../bulletins/jiaoban-2/"),
                neighbours(page(site, "bulletins/jiaoban-3/")), "bulletins are listed newest first");
        assertEquals(List.of("上一篇：prev ../../bulletins/jiaoban-3/", "下一篇：next ../../bulletins/jiaoban-1/"),
                neighbours(page(site, "bulletins/jiaoban-2/")));
        assertEquals(List.of("上一篇：prev ../../bulletins/jiaoban-2/", "下一篇：" + NONE),
                neighbours(page(site, "bulletins/jiaoban-1/")));
        assertEquals(List.of(), page(site, "cases/2-b/").texts(".related-reading"), "相关阅读 is for releases");
    }

    static String bulletin(String title, int batch, String date) {
        return "---\nkind: 交办\nround: round2\nbatch: " + batch + "\ndate: " + date + "\ntitle: " + title
                + "\n---\n\n正文。\n";
    }

    /** A rebuild renders only changed pages; a release's neighbours and related releases change with a new one. */
    @Test
    void aNewReleaseIsLinkedFromItsNeighboursOnTheNextBuild() {
        TestSite site = releases(TestSite.minimal(dir));
        assertTrue(site.build().ok());
        site.write("content/releases/new.md", release("最新稿件", "2023-06-01", List.of("水"), ""));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of("上一篇：prev ../../releases/new/", "下一篇：next ../../releases/b/"),
                neighbours(page(site, "releases/a/")));
        assertEquals(List.of("../../releases/a/", "../../releases/c/", "../../releases/new/", "../../releases/b/",
                "../../releases/d/"), page(site, "releases/w/").attrs(".related-reading a", "href"),
                "shares 水 only, so after a and c (both tags) and before b and d (大气 only, older)");
    }

    @Test
    void aListOfOneHasNoNeighbours() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("稿件甲", "2023-05-01", List.of("大气"), ""));
        assertTrue(site.build().ok());
        assertEquals(List.of(), page(site, "releases/a/").texts("nav.article-nav"));
        assertEquals(List.of(), page(site, "releases/a/").texts(".related-reading"));
        assertNotNull(page(site, "releases/a/").one("svg.qr-code"), "but the QR code is there");
    }
}
