package org.disclose.furniture;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The footer a government website carries: the 公安备案 record link and the 留言 entry of every page. */
class FooterFurnitureTest {

    @TempDir
    Path dir;

    private TestSite site(String extra) {
        return TestSite.minimal(dir).write("content/site.yaml", OfficialWidgetsTest.SITE + extra)
                .write("content/pages/about.md", "---\ntitle: 关于本站\n---\n\n正文。\n");
    }

    @Test
    void thePoliceNumberLinksToItsNationalRecordPage() {
        TestSite site = site("police: 吉公网安备 22010202000123号\n");
        assertTrue(site.build().ok());
        assertContains(site.read("about/index.html"), "<dd><a href=\"https://www.beian.gov.cn/portal/registerSystemInfo"
                + "?recordcode=22010202000123\" rel=\"noopener\">吉公网安备 22010202000123号</a></dd>");
    }

    @Test
    void aPoliceNumberWithoutDigitsStaysText() {
        TestSite site = site("police: 公网安备号待定\n");
        assertTrue(site.build().ok());
        String home = site.read("index.html");
        assertContains(home, "<dd>公网安备号待定</dd>");
        assertNotContains(home, "beian.gov.cn");
    }

    @Test
    void theFeedbackEntryIsOnEveryPageRelativeToIt() {
        TestSite site = site("feedback:\n  title: 留言咨询\n  url: /about/\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertContains(site.read("index.html"), "<li class=\"footer-feedback\"><a href=\"./about/\">留言咨询</a></li>");
        assertContains(site.read("about/index.html"),
                "<li class=\"footer-feedback\"><a href=\"../about/\">留言咨询</a></li>");
        assertContains(site.read("404.html"), "<li class=\"footer-feedback\"><a href=\"/about/\">留言咨询</a></li>");
    }

    @Test
    void theFeedbackEntryMayLeadToTheHostsAddressAndHasTheThemesWordsWithoutATitle() {
        TestSite site = site("feedback:\n  url: https://12345.example.gov.cn/liuyan/\n");
        assertTrue(site.build().ok());
        assertContains(site.read("about/index.html"), "<li class=\"footer-feedback\"><a href=\"https://12345.example"
                + ".gov.cn/liuyan/\">我要留言</a></li>");
    }

    @Test
    void aFeedbackAddressIsJudgedByTheOneRule() {
        assertEquals(List.of("content/site.yaml:8:8: error: url 'javascript:alert(1)' is not allowed: it uses the "
                + "scheme 'javascript:': write an http(s)://, mailto: or tel: address or a path on this site (other "
                + "schemes may run a script, embed content or open another program)"),
                OfficialWidgetsTest.errors(site("feedback:\n  title: 留言\n  url: javascript:alert(1)\n").build()));
    }

    @Test
    void aFeedbackPathThatLeadsNowhereIsReportedInSiteYaml() {
        List<String> errors = OfficialWidgetsTest.errors(site("feedback:\n  url: /liuyan/\n").build());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/site.yaml:7:8: error: link '"), errors::toString);
        assertContains(errors.get(0), "points to /liuyan/, which the site does not have");
    }
}
