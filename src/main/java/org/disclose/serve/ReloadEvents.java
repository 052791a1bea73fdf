package org.disclose.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server-sent events that reload open pages ({@code GET /__disclose/events}). Each page loads the reload script
 * with the build it shows ({@code ?build=<token>}); the script connects here with that token, and is told to reload
 * at once when the served build has changed since, and otherwise as soon as it changes. A page therefore never misses
 * a build that finished between its loading and its connecting.
 *
 * <p>Each open page holds one connection, and one server thread, until it goes away; a comment every 15 seconds
 * finds the pages that went away without saying so. At most {@link #LIMIT} connections are kept open.
 */
final class ReloadEvents {

    static final int LIMIT = 64;
    private static final String STOP = "";
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final Set<LinkedBlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    /** Tells every open page to reload, to show build {@code token}. */
    void reload(String token) {
        for (LinkedBlockingQueue<String> q : clients) {
            q.offer(token);
        }
    }

    /**
     * Serves one event stream until the page goes away or the server stops. {@code current} is the token of the
     * build now served, {@code seen} that of the build the page shows.
     */
    void stream(HttpExchange ex, String seen, java.util.function.Supplier<String> current) throws IOException {
        if (closed || open.incrementAndGet() > LIMIT) {
            open.decrementAndGet();
            byte[] body = "too many open pages: close some and reload\n".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(503, body.length);
            ex.getResponseBody().write(body);
            return;
        }
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            send(out, "retry: 1000\n\n");
            String now = current.get();
            if (seen != null && !seen.isEmpty() && !seen.equals(now)) {
                send(out, event(now));
            }
            while (!closed) {
                String token;
                try {
                    token = queue.poll(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (token == null) {
                    send(out, ": still here\n\n");
                } else if (token.equals(STOP)) {
                    return;
                } else {
                    send(out, event(token));
                }
            }
        } catch (IOException e) {
            // the page went away
        } finally {
            clients.remove(queue);
            open.decrementAndGet();
        }
    }

    private static String event(String token) {
        return "event: reload\ndata: " + token + "\n\n";
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every stream. */
    void close() {
        closed = true;
        for (LinkedBlockingQueue<String> q : clients) {
            q.offer(STOP);
        }
    }
}
