package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken link written in site.yaml is reported at the line of site.yaml that holds it, not at the theme. */
class SettingsLinkLocationTest {

    private static final String SETTINGS = """
            title: 测试站点
            baseUrl: https://test.example.gov.cn/
            organiser: 测试主办单位
            siteCode: "1234567890"
            icp: 测ICP备12345678号
            navigation:
              - title: 首页
                url: /
              - title: 无障碍
                url: /accessibilty/
            footerLinks:
              - title: 帮助
                url: /helpp/#top
            """;

    @Test
    void brokenNavigationAndFooterLinksPointAtSiteYaml(@TempDir Path dir) {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", SETTINGS);
        BuildResult result = site.build();
        assertFalse(result.ok(), "a broken navigation link must fail the build");
        List<String> shown = result.diagnostics().stream().map(Diagnostic::toString)
                .filter(d -> d.contains("accessibilty") || d.contains("helpp")).toList();
        assertEquals(2, shown.size(), () -> "one error for each broken link: " + result.diagnostics());
        assertEquals(true, shown.get(0).startsWith("content/site.yaml:10:10: error: link '"), () -> shown.get(0));
        assertEquals(true, shown.get(1).startsWith("content/site.yaml:13:10: error: link '"), () -> shown.get(1));
    }
}
