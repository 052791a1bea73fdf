package org.disclose.security;

import static org.disclose.Contains.assertContains;
import static org.disclose.security.Sites.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A theme's templates (layouts, partials) may not put a script on a page, an inline style, a frame, or make a page
 * load anything from another server: each such page is refused, once per problem, at the page's source.
 */
class ThemeTemplateSafetyTest {

    @TempDir
    Path dir;

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** Builds a minimal site whose default theme's footer ends with {@code snippet}. */
    private BuildResult withFooter(String snippet) throws IOException {
        TestSite site = TestSite.minimal(dir);
        append(dir.resolve("themes/default/partials/footer.mustache"), snippet + "\n");
        return site.build();
    }

    private static void refused(BuildResult r, String words) {
        List<String> m = messages(r);
        assertFalse(r.ok(), m::toString);
        assertTrue(m.stream().anyMatch(l -> l.contains(": error: ") && l.contains(words)),
                () -> "no error with '" + words + "' in " + m);
    }

    // '|' separates the snippet from words its error must contain
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // the red-team's lines
        "<base href=\"//evil.example/\">|a <base> element",
        "<script>alert(1)</script>|an inline <script>",
        "<img src=\"feed.xml\" onerror=\"alert(1)\">|event handler attribute 'onerror='",
        "<footer style=\"background:url(//evil.example/x.png)\"></footer>|a style attribute",
        "<style>@import \"//evil.example/x.css\";</style>|a <style> element",
        "<meta http-equiv=\"refresh\" content=\"0;url=//evil.example/\">|<meta http-equiv=\"refresh\">",
        "<svg><image href=\"//evil.example/x.png\"/></svg>|loaded from another server",
        "<svg><image xlink:href=\"//evil.example/x.png\"/></svg>|loaded from another server",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>|an <iframe> element",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>|a srcdoc attribute",
        "<frame src=\"index.html\">|an <frame> element",
        "<object data=\"index.html\"></object>|an <object> element",
        "<embed src=\"index.html\">|an <embed> element",
        "<applet code=\"x.class\"></applet>|an <applet> element",
        // variants: case, quoting, entities, slashes
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>|<script src=\"//evil.example/x.js\">",
        "<script src=\"data:text/javascript,alert(1)\"></script>|<script src=",
        "<ScRiPt>alert(1)</sCrIpT>|an inline <script>",
        "<BASE HREF=/>|a <base> element",
        "<img src=feed.xml ONERROR=alert(1)>|event handler attribute 'onerror='",
        "<img/src=\"feed.xml\"/onload='alert(1)'>|event handler attribute 'onload='",
        "<p STYLE=color:red>x</p>|a style attribute",
        "<META HTTP-EQUIV=Refresh CONTENT='0;url=//evil.example/'>|<meta http-equiv=\"refresh\">",
        "<meta http-equiv=\"&#114;efresh\" content=\"0\">|<meta http-equiv=\"refresh\">",
        "<img alt=\"x\"src=\"//evil.example/x.png\">|loaded from another server",
        "<img/src=//evil.example/x.png>|loaded from another server",
        "<img src=\"&#47;&#47;evil.example/x.png\">|evil.example",
        "<a href=\"&#106;avascript:alert(1)\">x</a>|is not allowed",
        "<a HREF='javascript:alert(1)'>x</a>|javascript",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>|javascript",
        "<svg><use href=\"//evil.example/s.svg#x\"/></svg>|loaded from another server",
        "<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>|an <set> of an address",
        "<video poster=\"//evil.example/p.png\"></video>|loaded from another server",
        "<img srcset=\"//evil.example/a.png 1x\">|loaded from another server",
        "<link rel=\"stylesheet\" href=\"//evil.example/x.css\">|loaded from another server",
        "<link rel=\"preload\" as=\"image\" href=\"//evil.example/x.png\">|loaded from another server",
        "<link rel=\"icon\" href=\"//evil.example/favicon.ico\">|loaded from another server",
        "<form action=\"javascript:alert(1)\"></form>|javascript",
        "<button formaction=\"javascript:alert(1)\">x</button>|javascript",
        "<table background=\"//evil.example/b.png\"></table>|loaded from another server",
        "<blockquote cite=\"javascript:alert(1)\">x</blockquote>|javascript",
        "<a href=\"index.html\" ping=\"javascript:x\">x</a>|javascript",
        "<!--><script>alert(1)</script><!-- -->|an inline <script>",
        "<svg><title><script>alert(1)</script></title></svg>|an inline <script>",
        "<svg><script href=\"site.js\">alert(1)</script></svg>|an inline <script>",
    })
    void aThemeTemplateCannotPutAScriptAStyleOrAForeignLoadOnAPage(String snippet, String words) throws IOException {
        refused(withFooter(snippet), words);
    }

    @Test
    void aChildThemeIsRefusedAtThePageSourceOncePerProblemWithAPageCount() throws IOException {
        TestSite site = TestSite.minimal(dir);
        site.write("content/site.yaml", Files.readString(dir.resolve("content/site.yaml")) + "theme: mine\n");
        site.write("themes/mine/theme.yaml", "name: mine\nextends: default\n");
        site.write("themes/mine/partials/footer.mustache", Files.readString(
                dir.resolve("themes/default/partials/footer.mustache"))
                + "<script>alert(1)</script><img src=\"{{root}}feed.xml\" onerror=\"alert(1)\">\n");
        BuildResult r = site.build();
        List<String> m = messages(r);
        assertFalse(r.ok(), m::toString);
        List<String> inline = m.stream().filter(l -> l.contains("an inline <script>")).toList();
        assertEquals(1, inline.size(), m::toString);
        assertContains(inline.get(0), "from the theme's templates (likely themes/mine/partials/footer.mustache:");
        assertContains(inline.get(0), " pages, first /");
        assertEquals(1, m.stream().filter(l -> l.contains("'onerror='")).count(), m::toString);
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void theDefaultThemeBuildsClean() {
        BuildResult r = TestSite.minimal(dir).build();
        assertTrue(r.ok(), messages(r)::toString);
        assertTrue(messages(r).isEmpty(), messages(r)::toString);
    }
}
