package org.disclose.serve;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disclose serve} on a random port: pages are served as built, a saved change is served after the rebuild,
 * content errors are shown (escaped) until fixed, and nothing outside the build folder can be read.
 */
class ServeTest {

    @TempDir
    Path dir;

    private Serve serve;

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    private static String release(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n---\n\n正文。\n";
    }

    private PreviewClient start(TestSite site) throws IOException {
        serve = Serve.start(new Serve.Settings(site.root(), InetAddress.getLoopbackAddress(), 0, false, false, false),
                Serve.Log.NONE);
        return new PreviewClient(serve.url());
    }

    private static boolean ok(HttpResponse<String> r, String text) {
        return r.statusCode() == 200 && r.body().contains(text);
    }

    @Test
    void servesTheBuiltPageAndTheChangedPageAfterASave() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("第一版标题", "2023-05-10"));
        PreviewClient client = start(site);
        HttpResponse<String> first = client.await("releases/a/", r -> ok(r, "第一版标题"));
        assertEquals("text/html; charset=utf-8", first.headers().firstValue("Content-Type").orElseThrow());
        assertContains(first.body(), "<script src=\"/__disclose/reload.js?build=", "the reload script is added");
        assertContains(first.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src 'self'");
        assertFalse(Files.exists(dir.resolve("site")), "serve never writes site/");

        site.write("content/releases/a.md", release("第二版的新标题", "2023-05-10"));
        HttpResponse<String> second = client.await("releases/a/", r -> ok(r, "第二版的新标题"));
        assertNotContains(second.body(), "第一版标题");

        // a folder created after the start is watched too
        site.write("content/pages/contact.md", "---\ntitle: 联系我们\n---\n\n电话。\n");
        client.await("contact/", r -> r.statusCode() == 200
                && Html.of(r.body()).texts("h1").equals(List.of("联系我们")));
        assertFalse(Files.exists(dir.resolve("site")), "serve never writes site/");
    }

    @Test
    void aSaveUpdatesTheListsAndTheSearchIndexAndARemovedPageIsGone() throws IOException {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("甲号进展", "2023-05-10"))
                .write("content/releases/b.md", release("乙号进展", "2023-05-11"));
        PreviewClient client = start(site);
        client.await("releases/", r -> ok(r, "甲号进展") && ok(r, "乙号进展"));

        site.write("content/releases/a.md", release("甲号新进展", "2023-05-10"));
        client.await("releases/", r -> ok(r, "甲号新进展"));
        // the search index follows the pages: its documents name the new title
        client.await("search/docs/0.json", r -> ok(r, "甲号新进展"));

        Files.delete(site.root().resolve("content/releases/b.md"));
        client.await("releases/", r -> ok(r, "甲号新进展") && !r.body().contains("乙号进展"));
        // the preview moves a build's new files into place before it removes the old ones: the list may be new
        // while the removed page is still there for a moment, so that too is waited for
        client.await("releases/b/", r -> r.statusCode() == 404);
        HttpResponse<String> other = client.get("releases/a/");
        assertEquals(200, other.statusCode(), "the other pages are still served");
        assertContains(other.body(), "甲号新进展", "the other pages are still served");
    }

    @Test
    void aPreviewRemovesTheFoldersOfPreviewsThatWereKilled() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path abandoned = Files.createTempDirectory(tmp, "disclose-serve-");
        String namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        Files.writeString(abandoned.resolve("pid"), gone.pid() + " " + namespace);
        Files.createDirectories(abandoned.resolve("site/releases/a"));
        Path live = Files.createTempDirectory(tmp, "disclose-serve-");
        Files.writeString(live.resolve("pid"), ProcessHandle.current().pid() + " " + namespace);
        Path elsewhere = Files.createTempDirectory(tmp, "disclose-serve-"); // a dead id, but of another container
        Files.writeString(elsewhere.resolve("pid"), gone.pid() + " pid:[1]");
        try {
            start(TestSite.minimal(dir));
            assertFalse(Files.exists(abandoned), "the killed preview's folder is removed");
            assertTrue(Files.exists(live), "a running preview's folder is left alone");
            assertTrue(Files.exists(elsewhere), "a folder of another set of processes is left alone");
        } finally {
            for (Path p : List.of(live, elsewhere)) {
                Files.deleteIfExists(p.resolve("pid"));
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void contentErrorsShowTheDiagnosticsEscapedUntilTheyAreFixed() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("好的标题", "2023-05-10"));
        PreviewClient client = start(site);
        HttpResponse<String> good = client.await("releases/a/", r -> ok(r, "好的标题"));
        String css = assetLink(good.body(), "site");

        site.write("content/releases/a.md", release("坏的标题", "\"<b>2023-13-40</b>\""));
        HttpResponse<String> errors = client.await("releases/a/", r -> r.statusCode() == 500);
        String page = errors.body();
        assertContains(page, "content/releases/a.md:3:7");
        assertContains(page, "&#39;date&#39; is not a valid date: &#39;&lt;b&gt;2023-13-40&lt;/b&gt;&#39;");
        assertNotContains(page, "<b>2023", "the author's text is escaped");
        assertContains(page, "<script src=\"/__disclose/reload.js?build=", "the error page reloads too");
        assertEquals(500, client.get("no-such-page/").statusCode(), "every page shows the errors");

        // the last good build stays served: its assets, and its pages under /__disclose/last-good/
        assertEquals(200, client.get(css.replaceFirst("^(\\.\\./)+", "")).statusCode());
        HttpResponse<String> lastGood = client.get("__disclose/last-good/releases/a/");
        assertEquals(200, lastGood.statusCode());
        assertEquals("好的标题", Html.of(lastGood.body()).h1(), "the last good build's page");
        assertContains(Html.of(page).attrs("a", "href"), "/__disclose/last-good/releases/a/",
                "the error page links to the last good page");

        site.write("content/releases/a.md", release("修好后的标题", "2023-05-10"));
        client.await("releases/a/", r -> ok(r, "修好后的标题"));
    }

    @Test
    void openPagesAreToldToReload() throws Exception {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("重新加载前", "2023-05-10"));
        PreviewClient client = start(site);
        HttpResponse<String> page = client.await("releases/a/", r -> ok(r, "重新加载前"));
        Matcher m = Pattern.compile("reload\\.js\\?build=([A-Za-z0-9-]+)").matcher(page.body());
        assertTrue(m.find());
        String token = m.group(1);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(serve.url().resolve(
                "__disclose/events?build=" + token)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, events.statusCode());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElseThrow());
        CompletableFuture<String> reload = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("event: reload")) {
                        return in.readLine();
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        site.write("content/releases/a.md", release("重新加载后的标题", "2023-05-10"));
        String data = reload.get(PreviewClient.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertTrue(data != null && data.startsWith("data: ") && !data.equals("data: " + token), data);
        HttpResponse<String> reloaded = client.get("releases/a/");
        assertEquals(200, reloaded.statusCode(), "the page is served before the event is sent");
        assertContains(reloaded.body(), "重新加载后的标题", "the page is served before the event is sent");
    }

    @Test
    void servesFilesAsAGovernmentServerWould() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("类型", "2023-05-10"));
        PreviewClient client = start(site);
        HttpResponse<String> page = client.await("releases/a/", r -> ok(r, "类型"));
        // the search index (the site's JSON) follows the pages once they are served
        client.await(org.disclose.render.SiteAddresses.SEARCH_META, r -> r.statusCode() == 200);
        Path out = serve.output();
        Map<String, String> types = Map.of("css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
                "xml", "application/xml; charset=utf-8", "json", "application/json; charset=utf-8",
                "html", "text/html; charset=utf-8");
        for (Map.Entry<String, String> t : types.entrySet()) {
            String file;
            try (var walk = Files.walk(out)) {
                file = walk.filter(p -> p.toString().endsWith("." + t.getKey())).findFirst()
                        .map(p -> out.relativize(p).toString().replace('\\', '/')).orElseThrow();
            }
            HttpResponse<String> r = client.get(file);
            assertEquals(200, r.statusCode(), file);
            assertEquals(t.getValue(), r.headers().firstValue("Content-Type").orElseThrow(), file);
        }
        assertEquals("image/svg+xml; charset=utf-8", ContentTypes.of("chart.svg"));
        assertEquals("text/csv; charset=utf-8", ContentTypes.of("data/complaints.csv"));

        HttpResponse<String> moved = client.get("releases/a");
        assertEquals(301, moved.statusCode());
        assertEquals("/releases/a/", moved.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> missing = client.get("releases/none/");
        assertEquals(404, missing.statusCode());
        assertEquals(Files.readString(out.resolve("404.html")).length(),
                missing.body().replace(PreviewServer.reloadScript(token(page.body())), "").length(),
                "the site's own 404 page");

        HttpResponse<String> head = client.head("releases/a/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(page.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void refusesTraversalAndForeignHosts() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("安全", "2023-05-10"));
        PreviewClient client = start(site);
        client.await("releases/a/", r -> ok(r, "安全"));
        Path secret = serve.output().getParent().resolve("secret.txt");
        Files.writeString(secret, "SECRET-OUTSIDE-THE-SITE");
        String host = "127.0.0.1:" + serve.url().getPort();
        for (String target : List.of("/../secret.txt", "/releases/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/..%2fsecret.txt", "/releases%2f..%2f..%2fsecret.txt",
                "/..%5csecret.txt", "/..\\secret.txt", "/%00/secret.txt", "/a%00.html", "/%c0%ae%c0%ae/secret.txt",
                "/./index.html", "/__disclose/last-good/../../secret.txt", "/__disclose/last-good/%2e%2e/secret.txt",
                "/../content/site.yaml", "/../../../../../../etc/passwd")) {
            PreviewClient.RawResponse r = client.raw(target, host);
            // refused as a request (by the preview, or by the JDK's server for what is not a URI), never looked up
            assertEquals(400, r.status(), target);
            // and not one of the files the targets aim at is in the answer, each looked for on its own
            assertNotContains(r.body(), "SECRET", target + " (the file beside the site)");
            assertNotContains(r.body(), "siteCode", target + " (content/site.yaml)");
            assertNotContains(r.body(), "root:x:0:0", target + " (/etc/passwd)");
        }
        assertEquals(403, client.raw("/releases/a/", "attacker.example.com").status(), "DNS rebinding");
        assertEquals(200, client.raw("/releases/a/", "localhost:" + serve.url().getPort()).status());
    }

    @Test
    void theCommandLineRefusesWhatAPreviewCannotDo() {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute("serve", "--root", dir.toString()), "no content/ here");
            assertEquals(2, Main.execute("serve", "--output", dir.toString()), "never an output");
            assertEquals(2, Main.execute("serve", "--port", "70000"));
        } finally {
            System.setErr(saved);
        }
    }

    private static String assetLink(String html, String name) {
        Matcher m = Pattern.compile("href=\"([^\"]*assets/" + name + "\\.[0-9a-f]{10}\\.css)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("reload\\.js\\?build=([A-Za-z0-9-]+)").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }
}
