package org.disclose.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.disclose.diag.Diagnostic;

/**
 * Serves a built site folder over HTTP with the JDK's own server, the way a government web server serves the
 * published site: folders as their {@code index.html}, unknown addresses as {@code 404.html} with status 404, every
 * text type in UTF-8, and a strict Content-Security-Policy. In addition, and only here, every HTML page loads the
 * reload script ({@code /__disclose/reload.js}, an external file, as the policy allows no inline script), and while
 * the content has errors every page is replaced by the list of them.
 *
 * <p>Nothing outside the site folder can be read: request paths are checked before the file system is asked
 * ({@link RequestPaths}), and the file found must still lie inside the folder once links are resolved. Requests
 * naming another host than this computer are refused, so that a web page cannot reach the preview by DNS rebinding.
 */
final class PreviewServer {

    static final String PREFIX = "/__disclose/";
    static final String SCRIPT = PREFIX + "reload.js";
    static final String STYLE = PREFIX + "preview.css";
    static final String EVENTS = PREFIX + "events";
    static final String LAST_GOOD = PREFIX + "last-good";

    /** What a careful government server sends: scripts, styles and images only from the site itself. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** What the preview shows: a build in progress, the site, or the errors that stopped the last build. */
    enum Phase { FIRST_BUILD, OK, FAILED }

    /**
     * The state served now.
     *
     * @param token        names this state; pages load the reload script with it and reload when it changes
     * @param hasGoodBuild whether the site folder holds a successful build (the last good one when FAILED)
     */
    record Snapshot(String token, Phase phase, List<Diagnostic> diagnostics, boolean hasGoodBuild) {
    }

    /**
     * Seconds a client has to send its whole request line and headers before its connection is closed (a slow or
     * stalled client would otherwise hold a thread for good). The JDK's server reads these settings once, when its
     * first server is made; they are set here, before that, unless the person running it set them.
     */
    static final int HEADER_SECONDS = 5;
    /** Requests answered at once: the live-reload streams of every open page, and as many requests besides. */
    static final int THREADS = ReloadEvents.LIMIT + 192;
    /** Requests that wait for a thread when all are busy; beyond them a new connection is closed at once. */
    static final int WAITING = 1_024;

    static {
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(HEADER_SECONDS));
        // the server's clock and timer tick every second, so that the limit above holds to the second
        setIfAbsent("sun.net.httpserver.clockTick", "1000");
        setIfAbsent("sun.net.httpserver.timerMillis", "1000");
        // keep-alive connections waiting for their next request need no thread; at most this many are kept
        setIfAbsent("sun.net.httpserver.maxIdleConnections", "256");
        setIfAbsent("sun.net.httpserver.idleInterval", "30");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private final Path site;
    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final ReloadEvents events = new ReloadEvents();
    private final byte[] script = resource("reload.js");
    private final byte[] style = resource("preview.css");
    private volatile Snapshot snapshot;

    /**
     * Binds (port 0: any free port) and starts serving {@code site}, which need not exist yet.
     *
     * @throws java.net.BindException when the port is taken
     */
    PreviewServer(Path site, InetAddress bind, int port, Snapshot initial) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.snapshot = initial;
        server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        // a fixed number of threads, made when needed and ended when idle, then a bounded queue: no number of
        // connections can make more threads than this
        pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(WAITING), r -> {
            Thread t = new Thread(r, "disclose-serve-http");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Serves a new state and tells every open page to reload. */
    void publish(Snapshot next) {
        snapshot = next;
        events.reload(next.token());
    }

    Snapshot snapshot() {
        return snapshot;
    }

    void stop() {
        events.close();
        server.stop(0);
        pool.shutdownNow();
    }

    /** The tag every served HTML page gets: the reload script, told which build the page shows. */
    static String reloadScript(String token) {
        return "<script src=\"" + SCRIPT + "?build=" + token + "\" defer></script>\n";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            var headers = ex.getResponseHeaders();
            headers.set("Content-Security-Policy", CSP);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Cache-Control", "no-store");
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                text(ex, 405, "method not allowed: the preview only answers GET and HEAD\n");
                return;
            }
            if (!allowedHost(ex.getRequestHeaders().getFirst("Host"))) {
                text(ex, 403, "this preview answers only requests for this computer (localhost or an IP address)\n");
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (raw != null && raw.startsWith(PREFIX)) {
                own(ex, raw);
            } else {
                site(ex, raw, false);
            }
        } catch (IOException | UncheckedIOException e) {
            // the browser went away mid-answer
        } catch (RuntimeException | StackOverflowError e) {
            // a bug answering one request: its connection is closed (above), the server goes on with the others
        }
    }

    /** The preview's own addresses under {@code /__disclose/}. */
    private void own(HttpExchange ex, String raw) throws IOException {
        if (raw.equals(SCRIPT)) {
            send(ex, 200, "text/javascript; charset=utf-8", script);
        } else if (raw.equals(STYLE)) {
            send(ex, 200, "text/css; charset=utf-8", style);
        } else if (raw.equals(EVENTS) && ex.getRequestMethod().equals("GET")) {
            events.stream(ex, query(ex, "build"), () -> snapshot.token());
        } else if (raw.startsWith(LAST_GOOD + "/")) {
            site(ex, raw.substring(LAST_GOOD.length()), true);
        } else {
            text(ex, 404, "not found\n");
        }
    }

    /**
     * A file of the site. While the content has errors (or the first build runs), every answer that would be a page
     * is the list of errors instead, unless {@code lastGood}: then the last good build is shown as it is.
     */
    private void site(HttpExchange ex, String raw, boolean lastGood) throws IOException {
        Optional<String> path = RequestPaths.sitePath(raw);
        if (path.isEmpty()) {
            text(ex, 400, "bad request: this address is refused\n");
            return;
        }
        Snapshot now = snapshot;
        boolean showSite = lastGood || now.phase() == Phase.OK;
        String prefix = lastGood ? LAST_GOOD : "";
        Path root = siteFolder();
        Path file = root == null ? null : root.resolve(path.get()).normalize();
        if (file != null && !file.startsWith(root)) {
            file = null; // cannot happen after RequestPaths; refused all the same
        }
        if (file != null && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!raw.endsWith("/")) {
                String q = ex.getRequestURI().getRawQuery();
                ex.getResponseHeaders().set("Location", prefix + raw + "/" + (q == null ? "" : "?" + q));
                text(ex, 301, "moved to " + raw + "/\n");
                return;
            }
            file = file.resolve("index.html");
        }
        Optional<byte[]> body = file == null ? Optional.empty() : read(root, file);
        boolean html = body.isEmpty() || ContentTypes.isHtml(file.getFileName().toString());
        if (html && !showSite) {
            String previous = now.hasGoodBuild() ? LAST_GOOD + raw : null;
            byte[] page = now.phase() == Phase.FIRST_BUILD ? StatusPages.building(now.token())
                    : StatusPages.diagnostics(now.token(), now.diagnostics(), previous);
            send(ex, now.phase() == Phase.FIRST_BUILD ? 503 : 500, "text/html; charset=utf-8", page);
            return;
        }
        if (body.isPresent()) {
            String name = file.getFileName().toString();
            byte[] bytes = html ? inject(body.get(), now.token()) : body.get();
            send(ex, 200, ContentTypes.of(name), bytes);
            return;
        }
        Optional<byte[]> notFound = root == null ? Optional.empty() : read(root, root.resolve("404.html"));
        if (notFound.isPresent()) {
            send(ex, 404, "text/html; charset=utf-8", inject(notFound.get(), now.token()));
        } else {
            text(ex, 404, "not found\n");
        }
    }

    /**
     * The site folder, or null before the first good build. A rebuild swaps the new folder in with two renames; a
     * request that falls between them waits for the second.
     */
    private Path siteFolder() {
        for (int i = 0; i < 200; i++) {
            if (Files.isDirectory(site)) {
                return site;
            }
            if (!snapshot.hasGoodBuild()) {
                return null;
            }
            sleep(10);
        }
        return null;
    }

    /** A regular file inside the site folder, links resolved; empty when there is none. */
    private static Optional<byte[]> read(Path root, Path file) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                sleep(20); // the folder was being swapped for a new build
            }
        }
        return Optional.empty();
    }

    /** Adds the reload script to an HTML page, just before {@code </head>}. */
    static byte[] inject(byte[] html, String token) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = reloadScript(token);
        int at = page.toLowerCase(Locale.ROOT).indexOf("</head>");
        if (at < 0) {
            at = page.toLowerCase(Locale.ROOT).indexOf("</body>");
        }
        String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        ex.getResponseBody().write(body);
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static String query(HttpExchange ex, String name) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String part : q.split("&")) {
            if (part.startsWith(name + "=")) {
                String v = part.substring(name.length() + 1);
                return v.matches("[A-Za-z0-9-]{1,64}") ? v : null;
            }
        }
        return null;
    }

    /**
     * Whether a request's {@code Host} names this computer: an IP address, {@code localhost}, or the computer's own
     * name. Any other name reached us by DNS rebinding or a misconfigured proxy.
     */
    static boolean allowedHost(String host) {
        if (host == null) {
            return true; // HTTP/1.0 without a Host: no name to rebind
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.indexOf(']') > 0; // an IPv6 literal
        }
        int colon = h.lastIndexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.matches("[0-9.]+")) {
            return true;
        }
        try {
            InetAddress self = InetAddress.getLocalHost();
            return h.equals(self.getHostName().toLowerCase(Locale.ROOT))
                    || h.equals(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
