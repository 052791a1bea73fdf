package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real builds of small sites into temporary folders. */
class BuildBehaviourTest {

    @TempDir
    Path dir;

    private static String release(String title, String date, String extra) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n" + extra + "---\n\n正文。\n";
    }

    @Test
    void titleWithScriptIsEscaped() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/x.md", release("\"<script>alert(1)</script>\"", "2023-05-10", "")
                        + "\n<script>alert(2)</script>\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String html = site.read("releases/x/index.html");
        assertNotContains(html, "<script>alert", "no script from content may reach the page");
        assertEquals("<script>alert(1)</script>", Html.of(html).h1(), "the title is shown as text");
        assertContains(html, "&lt;script&gt;alert(2)&lt;/script&gt;", "raw HTML in Markdown is escaped");
        assertContains(site.read("releases/index.html"), "&lt;script&gt;alert(1)");
    }

    @Test
    void childThemeOverridesOnePartialAndInheritsTheRest() {
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", """
                        title: 测试站点
                        baseUrl: https://test.example.gov.cn/
                        theme: city
                        organiser: 测试主办单位
                        """)
                .write("themes/city/theme.yaml", "name: city\nextends: default\n")
                .write("themes/city/partials/footer.mustache",
                        "<footer class=\"city-footer\">{{t.organiser}}：{{site.organiser}}（市级主题）</footer>\n")
                .write("content/releases/a.md", release("标题", "2023-05-10", ""));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String html = site.read("releases/a/index.html");
        assertContains(html, "<footer class=\"city-footer\">主办单位：测试主办单位（市级主题）</footer>");
        assertNotContains(html, "site-footer", "the parent's footer is replaced");
        assertContains(Html.of(html).texts("legend"), "字号", "the parent's other partials still apply");
        assertTrue(site.exists(site.asset("site.css")), "the parent's assets are inherited");
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/public.md", release("公开稿", "2023-05-10", ""))
                .write("content/releases/draft.md", release("草稿", "2023-05-11", "draft: true\n"));
        assertTrue(site.build().ok());
        assertFalse(site.exists("releases/draft/index.html"));
        assertNotContains(site.read("releases/index.html"), "草稿");
        assertTrue(site.exists("releases/public/index.html"));

        assertTrue(site.build(site.options().withDrafts(true)).ok());
        assertTrue(site.exists("releases/draft/index.html"));
        assertContains(site.read("releases/index.html"), "草稿");
    }

    @Test
    void failedBuildLeavesTheExistingSiteByteForByte() throws Exception {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("第一稿", "2023-05-10", ""));
        assertTrue(site.build().ok());
        Map<String, String> before = TestSite.digest(site.output());

        site.write("content/releases/a.md", "---\ntitle: [unclosed\ndate: 2023-05-10\n---\n正文\n")
                .write("content/releases/b.md", release("第二稿", "2023-13-40", ""));
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertEquals(before, TestSite.digest(site.output()));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(".disclose-cache", "content", "site", "themes"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left (the cache the last good build kept stays)");
        }
    }

    @Test
    void everyErrorOfABuildIsReportedAtItsPlace() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: [unclosed\ndate: 2023-05-10\n---\n正文\n")
                .write("content/releases/b.md", release("第二稿", "2023-13-40", ""))
                .write("content/releases/c.md", "---\ndate: 2023-05-10\nsumary: 摘要\n---\n正文\n");
        List<String> found = site.build().diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "content/releases/a.md:3:5: error: invalid YAML: while parsing a flow sequence, expected ',' or ']', "
                        + "but got :",
                "content/releases/b.md:3:7: error: 'date' is not a valid date: '2023-13-40'; write it as "
                        + "YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                "content/releases/c.md:2:1: error: the release is missing the required field 'title'",
                "content/releases/c.md:3:1: warning: unknown field 'sumary' in the release: did you mean 'summary'?"),
                found);
    }

    @Test
    void longListsArePaginated() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                pageSize: 2
                """);
        for (int i = 1; i <= 5; i++) {
            site.write("content/releases/r" + i + ".md", release("第" + i + "号", "2023-05-0" + i, ""));
        }
        assertTrue(site.build().ok());
        String first = site.read("releases/index.html");
        assertTrue(first.indexOf("第5号") < first.indexOf("第4号"), "newest first");
        assertNotContains(first, "第3号");
        assertEquals(List.of("../releases/page/2/"), Html.of(first).attrs("a[rel~=next]", "href"));
        String last = site.read("releases/page/3/index.html");
        assertContains(last, "第1号");
        assertContains(Html.of(last).texts("[aria-current=page]"), "第3页", "the current page is marked in the pager");
        assertEquals(List.of("../../../releases/page/2/"), Html.of(last).attrs("a[rel~=prev]", "href"));
        assertEquals(List.of(), Html.of(last).attrs("a[rel~=next]", "href"), "the last page has no next");
    }

    @Test
    void changeHistoryAndWithdrawalAreShownAndWithdrawnItemsLeaveListsButKeepTheirAddress() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/kept.md", release("更新过的稿件", "2023-05-10", """
                        changes:
                          - date: 2023-05-12
                            note: 更正第二段中的数据
                        """))
                .write("content/releases/gone.md", release("已撤回的稿件", "2023-05-11", """
                        withdrawn:
                          date: 2023-05-13
                          reason: 内容已合并到新的稿件中
                        """));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String kept = site.read("releases/kept/index.html");
        Html page = Html.of(kept);
        assertContains(page.text(), "更新时间 2023-05-12");
        assertContains(page.texts("li"), "2023-05-12 更正第二段中的数据");
        assertContains(page.texts("li"), "2023-05-10 首次发布");
        assertContains(page.attrs("time", "datetime"), "2023-05-12", "dates are machine-readable too");
        String gone = site.read("releases/gone/index.html");
        assertContains(gone, "本信息已撤回");
        assertContains(gone, "撤回原因：内容已合并到新的稿件中");
        assertNotContains(site.read("releases/index.html"), "已撤回的稿件", "withdrawn items leave lists");
        assertNotContains(site.read("feed.xml"), "已撤回的稿件", "and the feed");
        assertContains(site.read("sitemap.xml"), "/releases/gone/", "but stay in the sitemap");
        try (var docs = java.nio.file.Files.list(site.output().resolve("search/docs"))) {
            assertFalse(docs.filter(p -> p.toString().endsWith(".json")).anyMatch(p -> {
                try {
                    return java.nio.file.Files.readString(p).contains("已撤回的稿件");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), "and search");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every message that quotes content masks personal numbers as the personal-data guard does, not only the
     * guard's own (the corpus case 106 shows it for a complaint table's vocabulary): here an unknown task status, and
     * a bad setting read before the site's allowlist is known. A contact the site publishes on purpose is quoted as
     * written.
     */
    @Test
    void messagesQuotingContentMaskPersonalNumbersButNotPublicContacts() {
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", """
                        title: 测试站点
                        baseUrl: https://test.example.gov.cn/
                        language: "13812345678"
                        publicContacts: ["139 1234 5678"]
                        siteCode: "1234567890"
                        """)
                .write("content/rounds.yaml", """
                        - id: round2
                          name: 第二轮中央生态环境保护督察
                          stationedFrom: 2021-08-25
                          stationedTo: 2021-09-26
                          feedbackDate: 2021-12-12
                        """)
                .write("content/tasks/tasks.yaml", """
                        - id: "1"
                          round: round2
                          problem: 某河段黑臭水体问题
                          status: 已完成，联系人13712345678，监督电话13912345678
                        """);
        List<String> settings = site.build().diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of("content/site.yaml:3:11: error: language must be a language tag such as zh-CN, not "
                + "'138****5678'"), settings);

        site.write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                publicContacts: ["139 1234 5678"]
                siteCode: "1234567890"
                """);
        List<String> found = site.build().diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "content/tasks/tasks.yaml:4:11: error: 'status' of the task is '已完成，联系人137****5678，监督电话"
                        + "13912345678', which is not allowed; use one of: 已销号, 已完成, 基本完成, 达到序时进度, "
                        + "未达到序时进度, 尚未启动, 长期坚持",
                "content/tasks/tasks.yaml:4:18: error: a mobile number (137****5678) must not be published: remove "
                        + "it, or if it is an official hotline add it to publicContacts in content/site.yaml"),
                found);
    }
}
