package org.disclose.deploy;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.disclose.publish.Packager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped deploy/nginx.conf, run by a real nginx on 127.0.0.1 over a freshly built demo: every page type, the
 * headers, gzip negotiation, the 404 page; and Chromium loading pages under its Content-Security-Policy.
 * Skipped (not passed) where nginx is not installed.
 */
@Tag("slow")
class NginxServingTest {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> PAGES = List.of("", "releases/", "releases/2023-05-10-jilin-second-round-progress/",
            "tasks/", "tasks/1/", "tasks/status/已完成/", "cases/", "cases/5-baishan-mine-supervision/",
            "indicators/", "indicators/pm25/", "complaints/", "complaints/round2/batch-1/",
            "complaints/D2JL000001/", "accountability/", "rounds/round2/", "data/", "search/?q=黑土地", "about/",
            "sitemap/");

    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite pagesCompressed;
    static Process nginx;
    static int port;
    static int pagesPort;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx): skipped");
        site = TestSite.demo(dir.resolve("demo"));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        // a second site that asks for a .gz copy of every page too
        pagesCompressed = TestSite.minimal(dir.resolve("pages"));
        pagesCompressed.write("content/site.yaml", Files.readString(pagesCompressed.root()
                .resolve("content/site.yaml")) + "precompress: pages\n");
        BuildResult p = pagesCompressed.build();
        assertTrue(p.ok(), p.diagnostics()::toString);
        // nginx's workers run as an unprivileged user: they must be able to reach the sites
        for (TestSite s : List.of(site, pagesCompressed)) {
            for (Path f = s.output(); f != null && f.startsWith(dir.getParent()); f = f.getParent()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        port = freePort();
        pagesPort = freePort();
        Path prefix = dir.resolve("nginx");
        Files.createDirectories(prefix.resolve("conf"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("tmp"));
        String conf = Files.readString(TestSite.PROJECT.resolve("deploy/nginx.conf"));
        String servers = server(conf, port, site) + "\n" + server(conf, pagesPort, pagesCompressed);
        Files.writeString(prefix.resolve("conf/nginx.conf"), "worker_processes 1;\ndaemon off;\n"
                + "pid " + prefix.resolve("logs/nginx.pid") + ";\nerror_log " + prefix.resolve("logs/error.log") + ";\n"
                + "events { worker_connections 64; }\nhttp {\n  access_log off;\n  default_type application/octet-stream;\n"
                + "  client_body_temp_path " + prefix.resolve("tmp") + ";\n  proxy_temp_path " + prefix.resolve("tmp")
                + ";\n  fastcgi_temp_path " + prefix.resolve("tmp") + ";\n  uwsgi_temp_path " + prefix.resolve("tmp")
                + ";\n  scgi_temp_path " + prefix.resolve("tmp") + ";\n" + servers + "\n}\n");
        Files.copy(TestSite.PROJECT.resolve("deploy/disclose-headers.conf"), prefix.resolve("conf/disclose-headers.conf"));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", "conf/nginx.conf")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int p2 : List.of(port, pagesPort)) {
            while (true) {
                try (Socket ignored = new Socket("127.0.0.1", p2)) {
                    break;
                } catch (IOException e) {
                    if (!nginx.isAlive() || System.nanoTime() > deadline) {
                        throw new AssertionError("nginx did not start: "
                                + Files.readString(prefix.resolve("logs/stdout.log"))
                                + Files.readString(prefix.resolve("logs/error.log")));
                    }
                    Thread.sleep(50);
                }
            }
        }
    }

    /** deploy/nginx.conf's server, as shipped but for the port it listens on and the site it serves. */
    private static String server(String conf, int port, TestSite served) {
        return conf.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("root /var/www/zhenggai;", "root " + served.output() + ";");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static String url(String path) {
        return url(port, path);
    }

    static String url(int port, String path) {
        StringBuilder encoded = new StringBuilder();
        for (char c : path.toCharArray()) {
            encoded.append(c < 128 ? String.valueOf(c) : URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
        }
        return "http://127.0.0.1:" + port + "/" + encoded;
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return get(port, path, headers);
    }

    static HttpResponse<byte[]> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(port, path))).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void everyPageTypeIsServedWithItsSecurityHeaders() throws Exception {
        for (String page : PAGES) {
            HttpResponse<byte[]> r = get(page);
            assertEquals(200, r.statusCode(), page);
            assertEquals("text/html; charset=utf-8", header(r, "Content-Type"), page);
            String csp = header(r, "Content-Security-Policy");
            assertContains(csp, "default-src 'self'", page);
            assertContains(csp, "frame-ancestors 'none'", page);
            assertNotContains(csp, "unsafe-inline", page);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), page);
            assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), page);
            assertEquals("public, max-age=300", header(r, "Cache-Control"), page);
        }
    }

    @Test
    void pagesAreCompressedPerRequestAndFilesWithCopiesAreSentAsTheirCopies() throws Exception {
        assertFalse(site.exists("releases/index.html.gz"), "pages get no .gz copy by default");
        HttpResponse<byte[]> plain = get("releases/");
        HttpResponse<byte[]> gz = get("releases/", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gz, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(gz, "Vary"));
        assertArrayEquals(Files.readAllBytes(site.output().resolve("releases/index.html")), gunzip(gz.body()));
        assertEquals("", header(plain, "Content-Encoding"));
        assertArrayEquals(Files.readAllBytes(site.output().resolve("releases/index.html")), plain.body());

        String meta = "search/meta.json";
        HttpResponse<byte[]> copy = get(meta, "Accept-Encoding", "gzip");
        assertEquals("gzip", header(copy, "Content-Encoding"));
        assertArrayEquals(Files.readAllBytes(site.output().resolve(meta + ".gz")), copy.body());
    }

    @Test
    void aSiteWithPrecompressPagesHasItsPagesSentAsTheirCopies() throws Exception {
        HttpResponse<byte[]> gz = get(pagesPort, "", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gz, "Content-Encoding"));
        assertArrayEquals(Files.readAllBytes(pagesCompressed.output().resolve("index.html.gz")), gz.body());
        assertArrayEquals(Files.readAllBytes(pagesCompressed.output().resolve("index.html")),
                get(pagesPort, "").body());
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void unknownAddressesGetTheSitesOwn404() throws Exception {
        HttpResponse<byte[]> r = get("no/such/page/");
        assertEquals(404, r.statusCode());
        assertContains(new String(r.body(), StandardCharsets.UTF_8), "页面未找到");
        assertContains(header(r, "Content-Security-Policy"), "default-src 'self'");
        assertEquals(404, get(".disclose-site").statusCode(), "the build's bookkeeping is not served");
    }

    @Test
    void typesAndCachingOfFeedsDataAndAssets() throws Exception {
        assertEquals("application/atom+xml; charset=utf-8", header(get("feed.xml"), "Content-Type"));
        assertEquals("application/xml; charset=utf-8", header(get("sitemap.xml"), "Content-Type"));
        assertEquals("application/json; charset=utf-8", header(get("data/tasks.json"), "Content-Type"));
        assertEquals("text/csv; charset=utf-8", header(get("data/tasks.csv"), "Content-Type"));
        assertEquals("text/plain; charset=utf-8", header(get("robots.txt"), "Content-Type"));
        HttpResponse<byte[]> css = get(site.asset("site.css"));
        assertEquals("text/css; charset=utf-8", header(css, "Content-Type"));
        assertEquals("public, max-age=31536000, immutable", header(css, "Cache-Control"));
        assertEquals("application/javascript; charset=utf-8", header(get(site.asset("search.js")), "Content-Type"));
    }

    @Test
    void chromiumLoadsEveryPageTypeWithoutAContentSecurityPolicyViolation() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed: skipped");
        List<String> violations = new ArrayList<>();
        Path profile = Files.createTempDirectory(dir, "chromium");
        for (String page : PAGES) {
            Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
                    "--dump-dom", url(page)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish on " + page);
            for (String line : log.split("\n")) {
                if (line.contains("Content Security Policy")) {
                    violations.add(page + ": " + line);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packagesAreReproducibleAndVerifiable(@TempDir Path dist) throws Exception {
        List<Path> first = Packager.pack(site.output(), dist.resolve("a"));
        List<Path> second = Packager.pack(site.output(), dist.resolve("b"));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).getFileName() + " differs between two packagings of the same site");
        }
        Process untar = new ProcessBuilder("tar", "-xzf", first.get(0).toString(), "-C", dist.toString()).start();
        assertEquals(0, untar.waitFor());
        Process check = new ProcessBuilder("sha256sum", "--check", "--quiet", "SHA256SUMS")
                .directory(dist.resolve("site").toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), out);
        assertTrue(Files.exists(dist.resolve("site/manifest.json")));
    }
}
