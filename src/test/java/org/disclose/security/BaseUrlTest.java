package org.disclose.security;

import static org.disclose.Contains.assertContains;
import static org.disclose.security.Sites.messages;
import static org.disclose.security.Sites.yamlQuoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * baseUrl is validated and normalised: the 404 page loads its stylesheets and scripts from its path, so no base URL
 * may make a page load anything from another host, and no page ever has a protocol-relative asset address.
 */
class BaseUrlTest {

    static final List<String> REFUSED = List.of(
            "https://test.example.gov.cn//evil.example/", "https://test.example.gov.cn//evil.example",
            "https://test.example.gov.cn/a//evil.example/", "https://test.example.gov.cn///evil.example/",
            "https://user:password@test.example.gov.cn/", "https://user@test.example.gov.cn/",
            "https://test.example.gov.cn@evil.example/", "https://test.example.gov.cn/a/../",
            "https://test.example.gov.cn/../", "https://test.example.gov.cn/./", "https://test.example.gov.cn/a/./b/",
            "https://test.example.gov.cn/%2e%2e/", "https://test.example.gov.cn/%2E./", "https://test.example.gov.cn/.%2e/",
            "https://test.example.gov.cn/a%2fb/", "https://test.example.gov.cn/a%2F%2Fevil.example/",
            "https://test.example.gov.cn/a%5cb/", "https://test.example.gov.cn/%00/", "https://test.example.gov.cn/%zz/",
            "https://test.example.gov.cn\\evil.example/", "https://test.example.gov.cn/\\evil.example/",
            "https:\\\\evil.example/", "https://test.example.gov.cn/\u0000/", "https://test.example.gov.cn/\t/",
            "https://test.example.gov.cn/a\nb/", "\u0000https://test.example.gov.cn/", " https://test.example.gov.cn/",
            "https://test.example.gov.cn/ ", "https://test.example.gov.cn/\u200b/", "\u202ehttps://test.example.gov.cn/",
            "https://test.example.gov.cn:0/", "https://test.example.gov.cn:65536/", "https://test.example.gov.cn:-1/",
            "https://test.example.gov.cn:99999999999999/", "https://test.example.gov.cn:/",
            "https://t\u0435st.example.gov.cn/", "https://test\u3002example.gov.cn/", "https://\uff54est.example.gov.cn/",
            "https://test.example.gov.cn/?q=1", "https://test.example.gov.cn/#top", "https://test.example.gov.cn/a\"b/",
            "https://test.example.gov.cn/a<b/", "https://test.example.gov.cn/a'b/", "https://test.example.gov.cn/a`b/",
            "javascript://test.example.gov.cn/%0aalert(1)", "ftp://test.example.gov.cn/", "file:///etc/",
            "//test.example.gov.cn/", "https:test.example.gov.cn/", "https:///evil.example/", "https://",
            "www.example.gov.cn/zhenggai/", "/zhenggai/", "https://-evil.example/", "https://evil_.example/");

    @TempDir
    Path dir;

    @Test
    void everyRefusedBaseUrlIsAnErrorFromTheCommandLineAndFromTheFile() {
        TestSite site = TestSite.minimal(dir);
        List<String> accepted = new ArrayList<>();
        for (String url : REFUSED) {
            List<String> m = messages(site.build(site.options().withBaseUrl(url)));
            if (m.size() != 1 || !m.get(0).startsWith("--base-url:1:1: error: baseUrl ")) {
                accepted.add(url + " → " + m);
            }
            assertTrue(m.stream().allMatch(s -> s.chars().noneMatch(c -> c < 0x20 || c == 0x7f)), m::toString);
        }
        assertEquals(List.of(), accepted, "each must be refused");

        StringBuilder refusedInFile = new StringBuilder();
        for (String url : REFUSED.subList(0, 12)) {
            site.write("content/site.yaml", "title: 测试站点\nbaseUrl: " + yamlQuoted(url) + "\nsiteCode: \"1234567890\"\n");
            List<String> m = messages(site.build());
            if (m.size() != 1 || !m.get(0).startsWith("content/site.yaml:2:10: error: baseUrl ")) {
                refusedInFile.append(url).append(" → ").append(m).append('\n');
            }
        }
        assertEquals("", refusedInFile.toString());
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(List.of("--base-url:1:1: error: baseUrl 'https://test.example.gov.cn//evil.example/' is not "
                        + "allowed: it has an empty segment (//) in its path, which browsers read as the start of "
                        + "another host"),
                messages(site.build(site.options().withBaseUrl("https://test.example.gov.cn//evil.example/"))));
        assertEquals(List.of("--base-url:1:1: error: baseUrl 'https://user:pw@test.example.gov.cn/' is not allowed: "
                        + "it holds a user name or password before '@': give only the host"),
                messages(site.build(site.options().withBaseUrl("https://user:pw@test.example.gov.cn/"))));
    }

    @Test
    void aBaseUrlIsNormalisedAndThe404PageLoadsOnlyFromItsPath() throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n正文。\n");
        BuildResult r = site.build(site.options().withBaseUrl("HTTPS://Test.Example.GOV.cn:443/ZhengGai"));
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals("https://test.example.gov.cn/ZhengGai/releases/a/",
                Html.of(site.read("releases/a/index.html")).one("link[rel=canonical]").attr("href"));
        String notFound = site.read("404.html");
        assertContains(Html.of(notFound).attrs("script", "src"), "/ZhengGai/" + site.asset("mode.js"), notFound);
        assertContains(site.read("sitemap.xml"), "<loc>https://test.example.gov.cn/ZhengGai/releases/a/</loc>");

        assertTrue(site.build(site.options().withBaseUrl("http://127.0.0.1:8080/a-b_c.d~e/%E6%95%B4%E6%94%B9/")).ok());
        assertContains(site.read("404.html"), "href=\"/a-b_c.d~e/%E6%95%B4%E6%94%B9/" + site.asset("site.css"));
        assertTrue(site.build(site.options().withBaseUrl("https://[2001:db8::1]:8443/整改/")).ok());
        assertContains(site.read("404.html"), "src=\"/整改/" + site.asset("site.js"));
        noProtocolRelativeAsset(site.output());
    }

    /** No page of the site loads anything from an address that starts with // (or a scheme). */
    private static void noProtocolRelativeAsset(Path output) throws IOException {
        Pattern loads = Pattern.compile("(?:src|srcset|poster|data)=\"([^\"]*)\"|<link[^>]*rel=\"stylesheet\"[^>]*"
                + "href=\"([^\"]*)\"");
        try (Stream<Path> files = Files.walk(output)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html"))::iterator) {
                Matcher m = loads.matcher(Files.readString(p));
                while (m.find()) {
                    String address = m.group(1) != null ? m.group(1) : m.group(2);
                    assertFalse(address.startsWith("//") || address.contains(":"), p + " loads " + address);
                }
            }
        }
    }
}
