package org.disclose.deploy;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/csp-widgets.conf, the headers for a site that turns on the 党政机关网站标识 or 我为政府网站找错: run by a real
 * nginx over a site with both on, its Content-Security-Policy names exactly the official hosts where the widgets need
 * them, while the default disclose-headers.conf names neither; the two files differ in that policy alone; and Chromium
 * reports the widgets' scripts blocked under the default policy and nothing under the widgets' one. (The official
 * hosts cannot be reached offline: what they serve is not tested.) Skipped, not passed, without nginx.
 */
@Tag("slow")
class NginxWidgetsCspTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String HOSTS = "https://dcs.conac.cn https://zfwzgl.www.gov.cn";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        assumeTrue(Files.isExecutable(Nginx.BINARY), "nginx is not installed (apt-get install nginx): skipped");
        site = TestSite.minimal(dir.resolve("site")).write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                organiser: 测试主办单位
                siteCode: "1234567890"
                icp: 测ICP备12345678号
                conac:
                  enabled: true
                  code: "123456789012345678901"
                jiucuo:
                  enabled: true
                """).write("content/pages/about.md", "---\ntitle: 关于本站\n---\n\n正文。\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
    }

    static String csp(Nginx nginx, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(nginx.url(path)))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Content-Security-Policy").orElse("");
    }

    @Test
    void theWidgetsPolicyAddsTheOfficialHostsAndTheDefaultOneDoesNot() throws Exception {
        try (Nginx widgets = Nginx.start(dir.resolve("nginx-widgets"), site.output(), dir, "csp-widgets.conf")) {
            for (String page : List.of("", "about/", "no/such/page/")) {
                String csp = csp(widgets, page);
                assertContains(csp, "script-src 'self' " + HOSTS + ";", page);
                assertContains(csp, "img-src 'self' data: " + HOSTS + ";", page);
                assertContains(csp, "connect-src 'self';", page);
                assertContains(csp, "default-src 'self';", page);
                assertContains(csp, "frame-ancestors 'none'", page);
                assertNotContains(csp, "unsafe-inline", page);
                assertNotContains(csp, "frame-src", page);
            }
        }
        try (Nginx strict = Nginx.start(dir.resolve("nginx-default"), site.output(), dir, "disclose-headers.conf")) {
            for (String page : List.of("", "about/", "no/such/page/")) {
                String csp = csp(strict, page);
                assertContains(csp, "script-src 'self';", page);
                assertNotContains(csp, "conac", page);
                assertNotContains(csp, "zfwzgl", page);
            }
        }
    }

    @Test
    void theTwoHeaderFilesDifferInTheirPolicyAlone() throws Exception {
        List<String> strict = headers("disclose-headers.conf");
        List<String> widgets = headers("csp-widgets.conf");
        assertEquals(strict.size(), widgets.size());
        for (int i = 0; i < strict.size(); i++) {
            if (strict.get(i).startsWith("add_header Content-Security-Policy ")) {
                assertEquals(strict.get(i).replace("script-src 'self';", "script-src 'self' " + HOSTS + ";")
                        .replace("img-src 'self' data:;", "img-src 'self' data: " + HOSTS + ";"), widgets.get(i));
            } else {
                assertEquals(strict.get(i), widgets.get(i));
            }
        }
    }

    private static List<String> headers(String file) throws Exception {
        return Files.readAllLines(TestSite.PROJECT.resolve("deploy").resolve(file)).stream()
                .filter(l -> l.startsWith("add_header")).toList();
    }

    @Test
    void chromiumBlocksTheWidgetsUnderTheDefaultPolicyOnly() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed: skipped");
        try (Nginx strict = Nginx.start(dir.resolve("chromium-default"), site.output(), dir, "disclose-headers.conf")) {
            List<String> blocked = violations(strict.url("about/"));
            assertTrue(blocked.stream().anyMatch(l -> l.contains("dcs.conac.cn"))
                    && blocked.stream().anyMatch(l -> l.contains("zfwzgl.www.gov.cn")), blocked::toString);
        }
        try (Nginx widgets = Nginx.start(dir.resolve("chromium-widgets"), site.output(), dir, "csp-widgets.conf")) {
            assertEquals(List.of(), violations(widgets.url("about/")));
        }
    }

    private static List<String> violations(String url) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
                "--dump-dom", url).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish on " + url);
        List<String> found = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.contains("Content Security Policy")) {
                found.add(line);
            }
        }
        return found;
    }
}
