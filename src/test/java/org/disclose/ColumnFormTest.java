package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The column form (专栏): a site published under a department website's sub-path, drawn inside the host's header and
 * footer, whose links to the host are declared rather than checked.
 */
class ColumnFormTest {

    @TempDir
    Path dir;

    private static final String SETTINGS = """
            title: 督察整改专栏
            baseUrl: https://sthjt.example.gov.cn/zhenggai/
            siteCode: "2200000001"
            theme: column
            host:
              paths: [/index.html, /xxgk/, /css/]
            """;

    private TestSite site(String hostHeader) {
        return TestSite.minimal(dir)
                .write("content/site.yaml", SETTINGS)
                .write("content/releases/a.md", "---\ntitle: 进展\ndate: 2023-05-10\n---\n\n正文。\n")
                .write("themes/column/theme.yaml", "name: column\nextends: default\n")
                .write("themes/column/partials/host-header.mustache", hostHeader)
                .write("themes/column/partials/host-footer.mustache",
                        "<div class=\"host-footer\"><a href=\"/xxgk/ysqgk/\">依申请公开</a></div>\n")
                .write("themes/column/partials/head-extra.mustache",
                        "<link rel=\"stylesheet\" href=\"/css/host.css\">\n");
    }

    private static final String HOST_HEADER = """
            <div class="host-header"><a href="/index.html">省生态环境厅首页</a> <a href="/xxgk/">信息公开</a></div>
            """;

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void theHostsHeaderAndFooterFrameEveryPageAndTheirLinksAreTheHosts() {
        TestSite site = site(HOST_HEADER);
        BuildResult r = site.build();
        assertTrue(r.ok(), messages(r)::toString);
        assertEquals(List.of(), messages(r));
        Document page = Jsoup.parse(site.read("releases/a/index.html"));
        assertEquals("skip-link", page.body().child(0).className(), "the skip link stays the first thing");
        assertEquals("host-header", page.body().child(1).className(), "then the host's header");
        assertEquals("site-header", page.body().child(2).className());
        assertEquals("host-footer", page.body().children().last().className(), "the host's footer last");
        assertEquals("/css/host.css", page.head().select("link[href^=/css/]").attr("href"));
        assertContains(site.read("index.html"), "<meta name=\"SiteDomain\" content=\"sthjt.example.gov.cn\">");
    }

    @Test
    void aHostLinkNotDeclaredIsStillAnError() {
        TestSite site = site(HOST_HEADER.replace("/xxgk/\"", "/hdjl/\""));
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertContains(messages(r).toString(), "link '/hdjl/' leads outside the site (on ");
        assertContains(messages(r).toString(), ": a link to the host site of a column (专栏) is declared under "
                + "host: paths: in site.yaml");
    }

    @Test
    void anInlineScriptInTheHostsHeaderIsRefusedNamingItsPartial() {
        TestSite site = site(HOST_HEADER + "<script>var x = 1;</script>\n");
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertContains(messages(r).toString(), "partials/host-header.mustache");
        assertContains(messages(r).toString(), "a page may run no script but the theme's own script files");
    }

    @Test
    void aHostPathMustBeOutsideTheSiteAndFromTheHostsRoot() {
        TestSite site = site(HOST_HEADER).write("content/site.yaml", SETTINGS.replace("[/index.html, /xxgk/, /css/]",
                "[/zhenggai/releases/, xxgk/, /css/]"));
        List<String> m = messages(site.build());
        assertContains(m.toString(), "content/site.yaml:6:10: error: host path '/zhenggai/releases/' is inside this "
                + "site (/zhenggai/), whose links are always checked");
        assertContains(m.toString(), "content/site.yaml:6:10: error: host path 'xxgk/' is not a path from the host's "
                + "root such as /xxgk/");
    }
}
