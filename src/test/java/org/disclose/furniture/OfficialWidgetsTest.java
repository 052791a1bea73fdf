package org.disclose.furniture;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 党政机关网站标识 (conac) and 我为政府网站找错 (jiucuo) settings: off by default; when on, every page carries the
 * official embed, the link check lets exactly those scripts through and nothing else from another server, and an
 * incomplete or malformed setting is an error at its line. The official scripts cannot be run offline: these tests
 * prove the markup and the settings.
 */
class OfficialWidgetsTest {

    static final String SITE = """
            title: 测试站点
            baseUrl: https://test.example.gov.cn/
            organiser: 测试主办单位
            siteCode: "1234567890"
            icp: 测ICP备12345678号
            """;
    static final String CONAC_SCRIPT =
            "https://dcs.conac.cn/js/12/345/6789/01234567/CA123456789012345678901.js";

    @TempDir
    Path dir;

    static List<String> errors(BuildResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::toString)
                .toList();
    }

    private TestSite site(String settings) {
        return TestSite.minimal(dir).write("content/site.yaml", settings)
                .write("content/pages/about.md", "---\ntitle: 关于本站\n---\n\n正文。\n");
    }

    @Test
    void offByDefaultNoPageLoadsAnythingFromTheOfficialHosts() {
        TestSite site = site(SITE + "conac:\n  enabled: false\n  code: \"123456789012345678901\"\njiucuo:\n"
                + "  enabled: false\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        for (String page : List.of("index.html", "about/index.html", "sitemap/index.html", "404.html")) {
            String html = site.read(page);
            assertNotContains(html, "conac.cn", page);
            assertNotContains(html, "zfwzgl", page);
            assertNotContains(html, "footer-marks", page);
        }
    }

    @Test
    void theMarkOfTheSitesOpenerLoadsItsScriptBuiltFromTheCode() {
        TestSite site = site(SITE + "conac:\n  enabled: true\n  code: CA123456789012345678901\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        for (String page : List.of("index.html", "about/index.html", "404.html")) {
            assertContains(site.read(page), "<span id=\"_ideConac\"></span><script src=\"" + CONAC_SCRIPT
                    + "\"></script>", page);
        }
        assertNotContains(site.read("index.html"), "zfwzgl");
    }

    @Test
    void theFindAnErrorEntryLoadsTheOfficialScriptWithTheSiteCodeAndLinksThePageWithoutScripts() {
        TestSite site = site(SITE + "jiucuo:\n  enabled: true\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String about = site.read("about/index.html");
        assertContains(about, "<script id=\"_jiucuo_\" sitecode=\"1234567890\" "
                + "src=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.js\"></script>");
        assertContains(about, "<noscript><a href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1234567890"
                + "&amp;url=https%3A%2F%2Ftest.example.gov.cn%2Fabout%2F\" rel=\"noopener\">我为政府网站找错</a></noscript>");
        assertNotContains(about, "conac.cn");
    }

    @Test
    void withTheWidgetsOnAnyOtherScriptFromAnotherServerIsStillRefused() {
        TestSite site = site(SITE.replace("title: 测试站点", "title: 测试站点\ntheme: city")
                + "conac:\n  enabled: true\n  code: \"123456789012345678901\"\njiucuo:\n  enabled: true\n")
                .write("themes/city/theme.yaml", "name: city\nextends: default\n")
                .write("themes/city/partials/head-extra.mustache",
                        "<script src=\"https://dcs.conac.cn/js/12/345/6789/01234567/CA123456789004299710001.js\"></script>\n");
        List<String> errors = errors(site.build());
        assertEquals(List.of("themes:1:1: error: 'https://dcs.conac.cn/js/12/345/6789/01234567/"
                + "CA123456789004299710001.js' is loaded from another server, but a page loads nothing from elsewhere: "
                + "publish the file with the site (a theme asset, a case image) (on 6 pages, first /404.html)",
                "themes:1:1: error: the page has a <script src=\"https://dcs.conac.cn/js/12/345/6789/01234567/"
                + "CA123456789004299710001.js\"> (a page runs only the theme's script files, published with the site), "
                + "from the theme's templates (likely themes/city/partials/head-extra.mustache:1): a page may run no "
                + "script but the theme's own script files, carry no inline style, and load nothing from another "
                + "server (on 6 pages, first /404.html)"), errors);
    }

    @Test
    void aMalformedCodeIsRefusedAtItsLine() {
        assertEquals(List.of("content/site.yaml:8:9: error: conac code 'CA1234567890' is not the 21 digits of the "
                + "开办者标识 script's name (CA followed by 21 digits, as in CA123456789012345678901.js): copy it from the "
                + "code the 党政机关网站标识 registration gives"),
                errors(site(SITE + "conac:\n  enabled: true\n  code: CA1234567890\n").build()));
    }

    @Test
    void theMarkOnWithoutACodeIsRefused() {
        assertEquals(List.of("content/site.yaml:7:12: error: conac is enabled but has no code: give the 21 digits of "
                + "the 开办者标识 script's name as code, or set enabled: false"),
                errors(site(SITE + "conac:\n  enabled: true\n").build()));
    }

    @Test
    void theFindAnErrorEntryWithoutASiteCodeIsRefused() {
        String noCode = SITE.replace("siteCode: \"1234567890\"\n", "");
        assertEquals(List.of("content/site.yaml:6:12: error: jiucuo is enabled but siteCode is missing: the "
                + "我为政府网站找错 entry reports each page under the site's 政府网站标识码; give siteCode, or set enabled: false"),
                errors(site(noCode + "jiucuo:\n  enabled: true\n").build()));
    }
}
