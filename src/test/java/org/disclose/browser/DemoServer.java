package org.disclose.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;

/**
 * The demo site, built once per test JVM and served over HTTP on 127.0.0.1 (a random port) the way a government web
 * server would serve it: folders as their {@code index.html}, unknown addresses as {@code 404.html} with status 404,
 * and a strict Content-Security-Policy that allows no inline script or style at all. The browser reports every
 * violation of that policy back to this server ({@link #cspReports()}).
 */
final class DemoServer {

    /** What a careful government server would send: scripts and styles only from the site's own files. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; "
            + "report-uri /__csp-report";

    /** A page that breaks the policy on purpose, to prove that violations do reach {@link #cspReports()}. */
    static final String CSP_PROBE = "__csp-probe.html";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"));

    private static DemoServer shared;

    private final Path root;
    private final Path site;
    private final HttpServer server;
    private final ExecutorService pool;
    private final List<String> cspReports = new ArrayList<>();

    private DemoServer(Path root) throws IOException {
        this.root = root;
        TestSite demo = TestSite.demo(root);
        BuildResult result = demo.build();
        if (!result.ok()) {
            throw new IllegalStateException("the demo does not build: " + result.diagnostics());
        }
        this.site = demo.output();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "demo-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The one server of this JVM, started on first use and stopped (its folder removed) when the JVM exits. */
    static synchronized DemoServer get() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("disclose-browser-");
                shared = new DemoServer(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The built site folder. */
    Path site() {
        return site;
    }

    /** The address of a page, from a site path such as {@code tasks/} or {@code search/?q=PM2.5}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Every Content-Security-Policy violation the browser has reported so far, as the JSON it sent. */
    synchronized List<String> cspReports() {
        return List.copyOf(cspReports);
    }

    synchronized void clearCspReports() {
        cspReports.clear();
    }

    /** Every HTML page of the built site, sorted. */
    List<Path> htmlPages() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String rawPath = ex.getRequestURI().getRawPath();
            if (rawPath.equals("/__csp-report")) {
                try (InputStream in = ex.getRequestBody()) {
                    String report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    synchronized (this) {
                        cspReports.add(report);
                    }
                }
                ex.sendResponseHeaders(204, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (rawPath.equals("/" + CSP_PROBE)) {
                send(ex, 200, "html", ("<!DOCTYPE html><html lang=\"en\"><title>probe</title>"
                        + "<p style=\"color:red\">inline style</p><script>document.title='x'</script>")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = site.resolve(path.substring(1)).normalize();
            if (!file.startsWith(site)) {
                send(ex, 404, "html", Files.readAllBytes(site.resolve("404.html")));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", rawPath + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                send(ex, 404, "html", Files.readAllBytes(site.resolve("404.html")));
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            send(ex, 200, ext, Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange ex, int status, String ext, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void close() {
        server.stop(0);
        pool.shutdownNow();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not a test failure
        }
    }

    /** The page at a site path, for a test that wants to know where it is. */
    URI uri(String path) {
        return URI.create(url(path));
    }
}
