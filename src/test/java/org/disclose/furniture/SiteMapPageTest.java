package org.disclose.furniture;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 网站地图 for people: a real page at sitemap/, reached from every footer, listing every column and page. */
class SiteMapPageTest {

    @TempDir
    Path dir;

    private TestSite site(String footer) {
        return TestSite.minimal(dir).write("content/site.yaml", OfficialWidgetsTest.SITE + """
                        navigation:
                          - {title: 首页, url: /}
                          - {title: 整改进展, url: /releases/}
                          - {title: 上级网站, url: "https://www.example.gov.cn/"}
                        """ + footer)
                .write("content/releases/a.md", "---\ntitle: 进展一\ndate: 2023-05-10\ntags: [黑土地]\n---\n\n正文。\n")
                .write("content/releases/b.md", "---\ntitle: 进展二\ndate: 2024-01-02\n---\n\n正文。\n")
                .write("content/pages/about.md", "---\ntitle: 关于本站\n---\n\n正文。\n")
                .write("content/pages/statement.md", "---\ntitle: 网站声明\n---\n\n正文。\n");
    }

    @Test
    void listsTheColumnsWithTheirListsThenTheOtherPages() {
        TestSite site = site("footerLinks:\n  - {title: 关于我们, url: /about/}\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String map = site.read("sitemap/index.html");
        assertContains(map, "<title>网站地图 - 测试站点</title>");
        assertContains(map, "<h1>网站地图</h1>");
        assertContains(map, "<li><a href=\"../\">首页</a>");
        assertContains(map, "<li><a href=\"../releases/\">整改进展</a>\n<ul><li><a href=\"../releases/year/2024/\">"
                + "2024年整改进展</a></li><li><a href=\"../releases/year/2023/\">2023年整改进展</a></li>"
                + "<li><a href=\"../releases/tags/黑土地/\">");
        assertContains(map, "<li><a href=\"https://www.example.gov.cn/\" rel=\"noopener\">上级网站</a>");
        // the footer's link first, by its own title; then the pages nothing else reaches; search
        assertContains(map, "<h2 id=\"site-map-other\">其他页面</h2>\n<ul class=\"site-map-list\">\n"
                + "<li><a href=\"../about/\">关于我们</a></li>\n<li><a href=\"../statement/\">网站声明</a></li>\n"
                + "<li><a href=\"../search/\">站内搜索</a></li>\n</ul>");
    }

    @Test
    void everyFooterLinksToItOnce() {
        TestSite site = site("");
        assertTrue(site.build().ok());
        assertContains(site.read("index.html"), "<li><a href=\"./sitemap/\">网站地图</a></li>");
        assertContains(site.read("releases/a/index.html"), "<li><a href=\"../../sitemap/\">网站地图</a></li>");
        assertContains(site.read("404.html"), "<li><a href=\"/sitemap/\">网站地图</a></li>");
        assertContains(site.read("sitemap.xml"), "<loc>https://test.example.gov.cn/sitemap/</loc>");

        TestSite listed = site("footerLinks:\n  - {title: 本站地图, url: /sitemap/}\n");
        assertTrue(listed.build().ok());
        String home = listed.read("index.html");
        assertContains(home, "<li><a href=\"./sitemap/\">本站地图</a></li>");
        assertNotContains(home, ">网站地图</a>", "the footer links already lead there: no second link");
    }
}
