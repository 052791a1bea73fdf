package org.disclose.render;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page tags of 国办发〔2017〕47号 in a real build: the site's on every page, a column's, an article's. */
class PageTagsBuildTest {

    @TempDir
    Path dir;

    /** Every {@code <meta name>} tag of the page whose name starts with a capital, in order. */
    private static Map<String, String> tags(String html) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Element m : Jsoup.parse(html).select("head meta[name]")) {
            String name = m.attr("name");
            if (Character.isUpperCase(name.charAt(0))) {
                tags.put(name, m.attr("content"));
            }
        }
        return tags;
    }

    private TestSite site() {
        return TestSite.minimal(dir)
                .write("content/site.yaml", """
                        title: 测试站点
                        description: 测试站点的说明
                        baseUrl: https://test.example.gov.cn/zhuanlan/
                        siteCode: "1234567890"
                        columnType: 信息发布
                        navigation:
                          - title: 整改动态
                            url: /releases/
                            description: 整改进展情况
                            keywords: 整改,督察
                          - title: 整改任务清单
                            url: /tasks/
                            columnType: 解读回应
                        """)
                .write("content/releases/a.md", """
                        ---
                        title: 整改进展通报
                        date: 2023-05-10 09:30
                        source: 省生态环境厅
                        summary: 截至目前整改任务完成26项。
                        tags: [督察整改, 进展]
                        ---
                        正文。
                        """)
                .write("content/releases/b.md", """
                        ---
                        title: 不注明时间的通报
                        date: 2023-05-11
                        ---
                        正文。
                        """)
                .write("content/rounds.yaml", """
                        - id: r2
                          name: 第二轮
                        """)
                .write("content/tasks/t.yaml", """
                        - id: "1"
                          round: r2
                          problem: 污水直排
                          region: 长春市
                          status: 已完成
                        """)
                .write("content/pages/about.md", """
                        ---
                        title: 关于本站
                        ---
                        说明。
                        """);
    }

    @Test
    void everyKindOfPageCarriesItsTagsAndNothingTheContentDoesNotGive() {
        TestSite site = site();
        BuildResult result = site.build();
        assertTrue(result.ok(), result.diagnostics().toString());

        Map<String, String> home = tags(site.read("index.html"));
        assertEquals(Map.of("SiteName", "测试站点", "SiteDomain", "test.example.gov.cn", "SiteIDCode", "1234567890"),
                home, "the home page: the site's tags only");

        Map<String, String> list = tags(site.read("releases/index.html"));
        assertEquals("整改动态", list.get("ColumnName"), "named as the navigation names the column");
        assertEquals("整改进展情况", list.get("ColumnDescription"));
        assertEquals("整改,督察", list.get("ColumnKeywords"));
        assertEquals("信息发布", list.get("ColumnType"), "the site's setting");
        assertEquals("1234567890", list.get("SiteIDCode"));
        assertTrue(list.keySet().stream().noneMatch(k -> k.startsWith("Article")), list.toString());

        Map<String, String> tasks = tags(site.read("tasks/index.html"));
        assertEquals("解读回应", tasks.get("ColumnType"), "the navigation entry's own type wins");
        assertEquals("测试站点的说明", tasks.get("ColumnDescription"), "the site's description where none is given");
        assertEquals("整改任务清单", tasks.get("ColumnKeywords"));

        Map<String, String> article = tags(site.read("releases/a/index.html"));
        assertEquals("整改进展通报", article.get("ArticleTitle"));
        assertEquals("2023-05-10 09:30", article.get("PubDate"), "the time the content gives");
        assertEquals("省生态环境厅", article.get("ContentSource"));
        assertEquals("督察整改,进展", article.get("Keywords"));
        assertEquals("截至目前整改任务完成26项。", article.get("Description"));
        assertEquals("https://test.example.gov.cn/zhuanlan/releases/a/", article.get("Url"));
        assertTrue(!article.containsKey("ColumnName") && !article.containsKey("Author") && !article.containsKey("Image"),
                "no column tags on an article, and no author or image the content does not give: " + article);

        Map<String, String> plain = tags(site.read("releases/b/index.html"));
        assertEquals("2023-05-11", plain.get("PubDate"), "the date alone, never an invented time");
        assertTrue(!plain.containsKey("ContentSource") && !plain.containsKey("Keywords"), plain.toString());

        Map<String, String> task = tags(site.read("tasks/1/index.html"));
        assertEquals("污水直排", task.get("Description"));
        assertEquals("长春市", task.get("Keywords"));
        assertTrue(task.containsKey("ArticleTitle") && !task.containsKey("PubDate"), task.toString());

        Map<String, String> page = tags(site.read("about/index.html"));
        assertEquals("关于本站", page.get("ArticleTitle"));
        assertTrue(!page.containsKey("PubDate"), "a page gives no date, so it has none: " + page);
    }

    @Test
    void aSiteWithoutItsSiteCodeIsWarnedAtItsSettings() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                """);
        BuildResult result = site.build();
        assertTrue(result.ok());
        assertContains(result.diagnostics().toString(), "content/site.yaml:1:1: warning: siteCode is missing: the "
                + "rules for government websites (国办发〔2017〕47号) require the site's 网站标识码 in every page's "
                + "SiteIDCode tag and in the footer");
        assertTrue(!tags(site.read("index.html")).containsKey("SiteIDCode"));
    }
}
