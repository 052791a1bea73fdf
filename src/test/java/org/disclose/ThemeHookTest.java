package org.disclose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office restyles the default theme without copying it: a theme extending it adds {@code assets/custom.css},
 * linked after site.css, and {@code partials/head-extra.mustache}, written at the end of every page's head.
 */
class ThemeHookTest {

    @TempDir
    Path dir;

    private TestSite office() {
        return TestSite.withChildTheme(dir, "office")
                .write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\n---\n\n正文。\n");
    }

    @Test
    void customStylesheetAndHeadPartialReachEveryPage() {
        TestSite site = office()
                .write("themes/office/assets/custom.css", ".site-header { background: #8b0000; }\n")
                .write("themes/office/assets/icon.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>\n")
                .write("themes/office/partials/head-extra.mustache", """
                        <meta name="theme-color" content="#8b0000">
                        <link rel="icon" href="{{asset.icon_svg}}" type="image/svg+xml">
                        """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String css = site.asset("custom.css");
        String html = site.read("releases/a/index.html");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"../../" + site.asset("site.css") + "\">\n"
                + "<link rel=\"stylesheet\" href=\"../../" + css + "\">\n"
                + "<link rel=\"stylesheet\" href=\"../../" + site.asset("print.css") + "\" media=\"print\">"), html);
        assertTrue(html.contains(" defer></script>\n<meta name=\"theme-color\" content=\"#8b0000\">\n"
                + "<link rel=\"icon\" href=\"../../" + site.asset("icon.svg") + "\" type=\"image/svg+xml\">\n"
                + "</head>"), html);
        assertTrue(site.read("index.html").contains("href=\"./" + css + "\""), "linked from the root as well");
        assertTrue(site.read("404.html").contains("<meta name=\"theme-color\""), "and on the 404 page");
    }

    @Test
    void withoutTheHookThePageHeadIsUnchanged() {
        TestSite site = office();
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String html = site.read("releases/a/index.html");
        assertTrue(html.contains("\"></script>\n<link rel=\"stylesheet\" href=\"../../" + site.asset("site.css")
                + "\">\n<link rel=\"stylesheet\" href=\"../../" + site.asset("print.css") + "\" media=\"print\">\n"), html);
        assertTrue(html.contains(" defer></script>\n</head>"), html);
        assertFalse(html.contains("custom"), html);
    }

    @Test
    void theCustomStylesheetIsHeldToTheAddressRules() {
        TestSite site = office()
                .write("themes/office/assets/custom.css", ".site-header { background: url(//cdn.example.com/a.png); }\n");
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertTrue(messages(r).contains("themes/office/assets/custom.css:1:28: error: stylesheet address "
                + "'//cdn.example.com/a.png' is not allowed: a page loads nothing from other servers; put the file "
                + "in the theme's assets"), messages(r)::toString);
    }

    @Test
    void theHeadPartialIsHeldToThePageRules() {
        TestSite site = office()
                .write("themes/office/partials/head-extra.mustache", "<style>body { color: red; }</style>\n");
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertTrue(messages(r).stream().anyMatch(m -> m.contains("a <style> element")
                && m.contains("themes/office/partials/head-extra.mustache:1")), messages(r)::toString);
    }

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }
}
