package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every layout of the theme chain is compiled, not only those the site's pages use: a {@code {{t.key}}} the strings
 * lack in a layout for content the site does not have yet (or in a partial only it includes) is an error now, not
 * when that content first arrives.
 */
class UnusedLayoutKeysTest {

    @TempDir
    Path dir;

    private TestSite cityTheme() {
        return TestSite.withChildTheme(dir, "city");
    }

    private static List<String> errors(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).filter(d -> d.contains("strings have no")).toList();
    }

    @Test
    void aSiteWithoutComplaintsStillHasItsComplaintLayoutChecked() {
        TestSite site = cityTheme().write("themes/city/layouts/complaint.mustache",
                "<dl>\n<dt>{{t.goal}}</dt><dd>{{goal}}</dd>\n</dl>\n");
        BuildResult r = site.build();
        assertEquals(List.of("themes/city/layouts/complaint.mustache:2:5: error: the theme's strings have no 'goal': "
                + "add it to i18n/zh-CN.yaml"), errors(r));
    }

    @Test
    void aPartialOnlyAnUnusedLayoutIncludesIsChecked() {
        TestSite site = cityTheme()
                .write("themes/city/layouts/indicators.mustache", "<main>{{> indicator-extra}}</main>\n")
                .write("themes/city/partials/indicator-extra.mustache", "<p>{{t.noSuchNote}}</p>\n");
        BuildResult r = site.build();
        assertEquals(List.of("themes/city/partials/indicator-extra.mustache:1:4: error: the theme's strings have no "
                + "'noSuchNote': add it to i18n/zh-CN.yaml"), errors(r));
    }

    @Test
    void aLayoutNoRouteKnowsIsCheckedToo() {
        TestSite site = cityTheme().write("themes/city/layouts/annual-report.mustache", "<p>{{t.annualReport}}</p>\n");
        assertEquals(List.of("themes/city/layouts/annual-report.mustache:1:4: error: the theme's strings have no "
                + "'annualReport': add it to i18n/zh-CN.yaml"), errors(site.build()));
    }

    @Test
    void theDefaultThemeCompilesWholeForASiteWithLittleContent() {
        BuildResult r = TestSite.minimal(dir).build();
        assertTrue(r.ok(), r.diagnostics()::toString);
    }
}
