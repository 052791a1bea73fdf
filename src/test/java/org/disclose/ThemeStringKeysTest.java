package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code {{t.key}}} the theme's strings lack is an error at the tag, once, not empty text on every page. */
class ThemeStringKeysTest {

    @TempDir
    Path dir;

    private TestSite cityTheme() {
        return TestSite.withChildTheme(dir, "city");
    }

    private static List<String> errors(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).filter(d -> d.contains("strings have no")).toList();
    }

    @Test
    void unknownKeyInAPartialIsReportedOnceAtItsLine() {
        TestSite site = cityTheme()
                .write("themes/city/partials/footer.mustache",
                        "<footer>\n<p>{{t.organiser}}：{{site.organiser}} {{t.fooBar}}</p>\n</footer>\n");
        for (int i = 1; i <= 30; i++) {
            site.write("content/releases/r" + i + ".md", "---\ntitle: 第" + i + "号\ndate: 2023-05-10\n---\n\n正文。\n");
        }
        BuildResult r = site.build();
        assertEquals(List.of("themes/city/partials/footer.mustache:2:39: error: the theme's strings have no 'fooBar': "
                + "add it to i18n/zh-CN.yaml"), errors(r));
    }

    @Test
    void unknownKeysInALayoutAndInSectionsAreEachReported() {
        TestSite site = cityTheme()
                .write("themes/city/layouts/page.mustache", """
                        <article>
                        <h1>{{title}}</h1>
                          {{#t.noSuchHeading}}<h2>{{t.noSuchHeading}}</h2>{{/t.noSuchHeading}}
                        {{^summary}}{{{t.emptySummary}}}{{/summary}}
                        </article>
                        """)
                .write("content/pages/about.md", "---\ntitle: 关于\n---\n\n正文。\n");
        List<String> found = errors(site.build());
        assertEquals(List.of(
                "themes/city/layouts/page.mustache:3:3: error: the theme's strings have no 'noSuchHeading': "
                        + "add it to i18n/zh-CN.yaml",
                "themes/city/layouts/page.mustache:4:13: error: the theme's strings have no 'emptySummary': "
                        + "add it to i18n/zh-CN.yaml"), found);
    }

    @Test
    void aKeyTheChildThemeAddsIsKnown() {
        TestSite site = cityTheme()
                .write("themes/city/i18n/zh-CN.yaml", "cityMotto: 城市之光\n")
                .write("themes/city/partials/footer.mustache", "<footer>{{t.cityMotto}}</footer>\n")
                .write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\n---\n\n正文。\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertContains(site.read("releases/a/index.html"), "<footer>城市之光</footer>", "the child theme's own key");
    }
}
