package org.disclose.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the published pages needs {@code 'unsafe-inline'}: no style attribute or element, no script without a
 * source file, no event-handler attribute and no {@code javascript:} address, so the site runs under a strict
 * Content-Security-Policy ({@link DemoServer#CSP}; BrowserBehaviourTest checks it in the browser as well).
 */
@Tag("browser")
class NoInlineCodeTest {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "a style attribute", Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE),
            "a style element", Pattern.compile("^<style[\\s>]", Pattern.CASE_INSENSITIVE),
            "a script without src", Pattern.compile("^<script(?![^>]*\\ssrc\\s*=)[\\s>]", Pattern.CASE_INSENSITIVE),
            "an event-handler attribute", Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            "a javascript: address", Pattern.compile("=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE));

    @Test
    void noPageHasInlineScriptStyleOrHandlers() throws IOException {
        DemoServer demo = DemoServer.get();
        List<Path> pages = demo.htmlPages();
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Matcher tags = TAG.matcher(html);
            while (tags.find()) {
                String tag = tags.group();
                FORBIDDEN.forEach((what, pattern) -> {
                    if (pattern.matcher(tag).find()) {
                        found.add(demo.site().relativize(page) + ": " + what + ": "
                                + (tag.length() > 120 ? tag.substring(0, 120) + "…" : tag));
                    }
                });
            }
        }
        assertTrue(pages.size() > 4000, "the demo has about 5,000 pages");
        assertTrue(found.isEmpty(), () -> found.size() + " inline scripts, styles or handlers:\n"
                + String.join("\n", found.subList(0, Math.min(50, found.size()))));
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        String html = "<p style=\"color:red\"><script>x()</script><a href=\"javascript:x()\" onclick=\"x()\">"
                + "<STYLE>p{}</STYLE><script src=\"a.js\"></script>";
        Matcher tags = TAG.matcher(html);
        List<String> kinds = new ArrayList<>();
        while (tags.find()) {
            String tag = tags.group();
            FORBIDDEN.forEach((what, pattern) -> {
                if (pattern.matcher(tag).find()) {
                    kinds.add(what);
                }
            });
        }
        assertTrue(kinds.containsAll(FORBIDDEN.keySet()), kinds::toString);
        assertTrue(kinds.size() == 5, kinds::toString);
    }
}
