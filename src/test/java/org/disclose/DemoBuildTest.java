package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.disclose.build.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real demo content with the real theme into a temporary folder and reads what a visitor gets. */
class DemoBuildTest {

    @TempDir
    static Path dir;
    static TestSite site;
    static BuildResult result;

    private static final String RELEASE = "releases/2023-05-10-jilin-second-round-progress/index.html";

    @BeforeAll
    static void build() {
        site = TestSite.demo(dir);
        result = site.build();
    }

    @Test
    void demoBuildsCleanWithEveryPage() {
        assertTrue(result.ok(), () -> "demo must build clean: " + result.diagnostics());
        assertTrue(result.diagnostics().isEmpty(), () -> "demo must build without warnings: " + result.diagnostics());
        for (String page : new String[] {"index.html", "releases/index.html", RELEASE, "about/index.html",
                "accessibility/index.html", "404.html", "assets/site.css", "assets/print.css", "assets/site.js"}) {
            assertTrue(site.exists(page), page + " is missing");
        }
    }

    @Test
    void everyPageCarriesTheGovernmentFooter() {
        for (String page : new String[] {"index.html", RELEASE, "about/index.html", "404.html"}) {
            String html = site.read(page);
            assertTrue(html.contains("<dt>主办单位</dt><dd>示例主办单位（演示）</dd>"), page);
            assertTrue(html.contains("承办/运行维护单位"), page);
            assertTrue(html.contains("联系方式"), page);
            assertTrue(html.contains("<dt>政府网站标识码</dt><dd>0000000000</dd>"), page);
            assertTrue(html.contains("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">演示ICP备00000000号</a>"),
                    page);
            assertTrue(html.contains("<dt>公安机关备案号</dt><dd>演示公网安备00000000000000号</dd>"), page);
            assertTrue(html.contains("演示站点"), page + " lacks the demonstration banner");
            assertTrue(html.contains("<html lang=\"zh-CN\">"), page);
        }
    }

    @Test
    void releasePageShowsItsPublicationFactsAndTools() {
        String html = site.read(RELEASE);
        assertTrue(html.contains("<h1>吉林省公开第二轮中央生态环境保护督察整改情况</h1>"));
        assertTrue(html.contains("<dt>发布时间</dt><dd><time datetime=\"2023-05-10\">2023-05-10</time></dd>"));
        assertTrue(html.contains("<dt>来源</dt><dd>吉林省人民政府网</dd>"));
        assertTrue(html.contains("<legend>字号</legend>"));
        for (String size : new String[] {">大</label>", ">中</label>", ">小</label>"}) {
            assertTrue(html.contains(size), size);
        }
        assertTrue(html.contains(">打印</button>"));
        // the press text itself, with the seed's figures, and none of the reposting site's wrapper
        assertTrue(html.contains("已结案销号4593个,结案销号率97.64%"));
        assertTrue(html.contains("共问责118人"));
        assertTrue(!html.contains("北斗智库") && !html.contains("版权与免责声明"));
    }

    @Test
    void pagesLinkRelativelySoTheSiteWorksUnderAnyPath() {
        String html = site.read(RELEASE);
        assertTrue(html.contains("href=\"../../assets/site.css\""));
        assertTrue(html.contains("<a href=\"../../releases/\">整改进展</a>"));
        assertTrue(site.read("index.html").contains("href=\"./releases/2023-05-10-jilin-second-round-progress/\""));
        // the 404 page is served at any address, so it links from the site's root path
        assertTrue(site.read("404.html").contains("href=\"/assets/site.css\""));
    }

    @Test
    void releaseListIsNewestFirstAndHomeShowsTheLatest() {
        String list = site.read("releases/index.html");
        assertTrue(list.contains("<h1>整改进展</h1>"));
        assertTrue(list.contains("吉林省公开第二轮中央生态环境保护督察整改情况"));
        assertTrue(site.read("index.html").contains("最新发布"));
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical(@TempDir Path other) {
        Path second = other.resolve("site");
        BuildResult again = site.build(site.options().withOutput(second));
        assertTrue(again.ok());
        assertEquals(TestSite.digest(site.output()), TestSite.digest(second));
    }
}
