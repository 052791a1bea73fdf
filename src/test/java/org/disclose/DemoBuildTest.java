package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real demo content with the real theme into a temporary folder and reads what a visitor gets. */
@Tag("slow")
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
                "accessibility/index.html", "404.html", site.asset("site.css"), site.asset("print.css"),
                site.asset("site.js"), "feed.xml", "sitemap.xml", "robots.txt", "manifest.json",
                "data/datapackage.json"}) {
            assertTrue(site.exists(page), page + " is missing");
        }
    }

    @Test
    void everyPageCarriesTheGovernmentFooter() {
        for (String page : new String[] {"index.html", RELEASE, "about/index.html", "404.html"}) {
            String html = site.read(page);
            assertContains(html, "<dt>主办单位</dt><dd>示例主办单位（演示）</dd>", page);
            assertContains(html, "承办/运行维护单位", page);
            assertContains(html, "联系方式", page);
            assertContains(html, "<dt>政府网站标识码</dt><dd>0000000000</dd>", page);
            assertContains(html, "<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">演示ICP备00000000号</a>",
                    page);
            assertContains(html, "<dt>公安机关备案号</dt><dd><a href=\"https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=00000000000000\" rel=\"noopener\">演示公网安备00000000000000号</a></dd>", page);
            assertContains(html, "演示站点", page + " lacks the demonstration banner");
            assertContains(html, "<html lang=\"zh-CN\">", page);
        }
    }

    @Test
    void releasePageShowsItsPublicationFactsAndTools() {
        String html = site.read(RELEASE);
        assertContains(html, "<h1>吉林省公开第二轮中央生态环境保护督察整改情况</h1>");
        assertContains(html, "<dt>发布时间</dt><dd><time datetime=\"2023-05-10\">2023-05-10</time></dd>");
        assertContains(html, "<dt>来源</dt><dd>吉林省人民政府网</dd>");
        assertContains(html, "<legend>字号</legend>");
        for (String size : new String[] {">大</label>", ">中</label>", ">小</label>"}) {
            assertContains(html, size, size);
        }
        assertContains(html, ">打印</button>");
        // the press text itself, with the seed's figures, and none of the reposting site's wrapper
        assertContains(html, "已结案销号4593个,结案销号率97.64%");
        assertContains(html, "共问责118人");
        assertNotContains(html, "北斗智库");
        assertNotContains(html, "版权与免责声明");
    }

    @Test
    void pagesLinkRelativelySoTheSiteWorksUnderAnyPath() {
        String html = site.read(RELEASE);
        assertContains(html, "href=\"../../" + site.asset("site.css") + "\"");
        assertContains(html, "<a href=\"../../releases/\">整改进展</a>");
        assertContains(site.read("index.html"), "href=\"./releases/2023-05-10-jilin-second-round-progress/\"");
        // the 404 page is served at any address, so it links from the site's root path
        assertContains(site.read("404.html"), "href=\"/" + site.asset("site.css") + "\"");
    }

    @Test
    void releaseListAndHomeShowTheLatestRelease() {
        // the demo has one release: the order of the list is checked in BuildBehaviourTest.longListsArePaginated
        Html list = Html.of(site.read("releases/index.html"));
        assertEquals("整改进展", list.h1());
        assertContains(list.texts("a"), "吉林省公开第二轮中央生态环境保护督察整改情况");
        assertContains(list.attrs("a", "href"), "../releases/2023-05-10-jilin-second-round-progress/");
        // not just the words 最新发布: the release is what follows them
        Html home = Html.of(site.read("index.html"));
        assertEquals("最新发布", home.one("h2#latest").text());
        assertEquals(List.of("./releases/2023-05-10-jilin-second-round-progress/"),
                home.attrs("h2#latest + * a", "href"));
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical(@TempDir Path other) {
        Path second = other.resolve("site");
        BuildResult again = site.build(site.options().withOutput(second));
        assertTrue(again.ok());
        Map<String, String> a = TestSite.digest(site.output());
        Map<String, String> b = TestSite.digest(second);
        a.remove("manifest.json");
        b.remove("manifest.json");
        assertEquals(a, b);
        // the build time is in manifest.json and nowhere else
        assertEquals(withoutBuildTime(site.read("manifest.json")), withoutBuildTime(read(second, "manifest.json")));

    }

    private static String withoutBuildTime(String manifest) {
        return manifest.replaceFirst("\"builtAt\": \"[^\"]*\"", "");
    }

    private static String read(Path root, String file) {
        try {
            return java.nio.file.Files.readString(root.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void dashboardShowsTheReportedFiguresWithTheirDate() {
        String home = site.read("index.html");
        for (String figure : new String[] {"<span class=\"figure-number\">26</span>",
                "<span class=\"figure-number\">4704</span>", "<span class=\"figure-number\">4593</span>",
                "<span class=\"figure-number\">97.64</span>", "<span class=\"figure-number\">118</span>",
                "<span class=\"figure-number\">5</span>"}) {
            assertContains(home, figure, figure);
        }
        assertContains(home, "截至<time datetime=\"2023-05-10\">2023-05-10</time>");
        assertContains(home, "中央第一生态环境保护督察组");
        assertContains(home, "<time datetime=\"2021-08-25\">2021-08-25</time> 至 <time datetime=\"2021-09-26\">");
        // tasks by status, in words and figures, and marked as computed from samples
        assertContains(home, "<span class=\"figure-number\">26</span><span class=\"figure-unit\">/32 项</span>");
        assertContains(home, "以下任务统计根据示例整改任务计算");
        assertContains(home, "<caption>问责人数按干部层级（截至2023-05-10）</caption>");
    }

    @Test
    void everyPageShowingSampleTasksSaysSo() {
        // not just 示例, which the demonstration banner and the footer put on every page: each page's own notice
        for (String list : new String[] {"tasks/index.html", "tasks/status/已完成/index.html",
                "tasks/region/全省/index.html", "tasks/round/round2/index.html"}) {
            assertContains(site.read(list), "本页所列整改任务为示例数据", list);
        }
        assertContains(site.read("tasks/1/index.html"), "本条整改任务为示例数据");
        for (String summary : new String[] {"index.html", "rounds/round2/index.html"}) {
            assertContains(site.read(summary), "以下任务统计根据示例整改任务计算", summary);
        }
        assertContains(site.read("tasks/7/index.html"), "<span class=\"overdue\">逾期完成</span>");
        assertContains(site.read("tasks/31/index.html"), "<span class=\"overdue\">已逾期</span>");
        assertContains(site.read("tasks/25/index.html"), "<h2 id=\"closure\">验收销号公示</h2>");
    }

    @Test
    void theFiveTypicalCasesCarryExactlyTheSeedsStatusAndFigures() {
        String list = site.read("cases/index.html");
        assertEquals(2, list.split(">已完成整改</span>", -1).length - 1);
        for (String status : new String[] {">整改接近尾声</span>", ">取得阶段性成效</span>", ">持续推进</span>"}) {
            assertContains(list, status, status);
        }
        String baishan = site.read("cases/5-baishan-mine-supervision/index.html");
        assertContains(baishan, "<dt>投入资金</dt><dd><span class=\"figure-number\">4141</span>万元</dd>");
        assertContains(baishan, "<dt>废石清运整备量</dt><dd><span class=\"figure-number\">167</span>万立方米</dd>");
        assertContains(baishan, "<dt>矿坑回填</dt><dd><span class=\"figure-number\">155</span>万立方米</dd>");
        String accountability = site.read("accountability/index.html");
        for (String figure : new String[] {">93</span>", ">36</span>", ">279</span>", ">1101</span>",
                "<th scope=\"row\">厅局级</th><td class=\"num\">8</td>",
                "<th scope=\"row\">县处级</th><td class=\"num\">51</td>",
                "<th scope=\"row\">乡科级及以下</th><td class=\"num\">59</td>"}) {
            assertContains(accountability, figure, figure);
        }
    }

    @Test
    void indicatorsAreSaidTheWayTheReleasePhrasesThem() {
        assertContains(site.read("indicators/pm25/index.html"), "同比下降1微克/立方米，向好");
        assertContains(site.read("indicators/pm25/index.html"), "已达到目标");
        assertContains(site.read("indicators/good-water/index.html"), "同比上升5.1个百分点，向好");
        assertContains(site.read("indicators/good-air-days/index.html"), "全国排位同比上升3个位次");
        assertContains(site.read("indicators/village-waste-coverage/index.html"), "94%以上");
        assertContains(site.read("indicators/new-energy-vehicles/index.html"), "超过2万辆");
        assertContains(site.read("indicators/wind-solar-total-capacity/index.html"), "突破1500万千瓦");
        String pm25 = site.read("indicators/pm25/index.html");
        assertContains(pm25, "<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertContains(pm25, "<title id=\"chart-pm25-title\">PM2.5平均浓度</title>");
        assertContains(pm25, "<th scope=\"row\">2021年</th><td class=\"num\">26微克/立方米</td>");
        assertContains(pm25, "href=\"../../data/indicators/pm25.csv\"");
        assertTrue(site.read("data/indicators/pm25.csv").startsWith("\uFEFF指标编号,指标名称,类别,时期,数值,限定词,单位,目标\r\npm25,PM2.5平均浓度,大气,2021年,26,,微克/立方米,25\r\n"));
        String all = site.read("indicators/index.html");
        for (String category : new String[] {"大气", "水", "土壤", "农村环境", "能源与低碳"}) {
            assertContains(all, ">" + category + "</h2>", category);
        }
    }

    @Test
    void complaintsAreSampleCasesConsistentWithTheReportedTotals() {
        String summary = site.read("complaints/index.html");
        assertContains(summary, "<dt>交办案件</dt><dd><span class=\"figure-number\">4704</span>件</dd>");
        assertContains(summary, "<dt>已办结</dt><dd><span class=\"figure-number\">4593</span>件</dd>");
        assertContains(summary, "<dt>结案销号率</dt><dd><span class=\"figure-number\">97.64</span>%</dd>");
        assertContains(summary, "以下统计根据示例案件计算");
        // batch 3 is kept as Excel on Chinese Windows writes CSV: GB18030, CRLF and the header 污染类型
        String batch3 = site.read("complaints/round2/batch-3/index.html");
        assertContains(batch3, "第二轮中央生态环境保护督察第3批交办群众信访举报案件");
        assertContains(batch3, "本页所列信访举报案件为示例数据");
        assertContains(batch3, "rel=\"next\"", "157 cases are paginated at 50 rows");
        assertTrue(site.exists("complaints/round2/batch-3/page/4/index.html"));
        String oneCase = site.read("complaints/D2JL000315/index.html");
        assertContains(oneCase, "本案件为示例数据");
        assertContains(oneCase, "（示例）反映");
    }
}
