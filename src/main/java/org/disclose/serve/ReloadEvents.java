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
import java.util.function.Supplier;

/**
 * The server-sent events that reload open pages ({@code GET /__disclose/events}). Each page loads the reload script
 * with the build it shows ({@code ?build=<token>}); the script connects here with that token, and is told to reload
 * at once when the served build has changed since, and otherwise as soon as it changes. A page therefore never misses
 * a build that finished between its loading and its connecting.
 *
 * <p>Each open page holds one connection, and one server thread, until it goes away. At most {@link #LIMIT} are kept
 * open. A page that went away without saying so is found by writing to it: a comment every
 * {@link #HEARTBEAT_MILLIS}, and at once, to every stream, when a new page finds all places taken, so that closed
 * pages never keep an open one out.
 */
final class ReloadEvents {

    static final int LIMIT = 64;
    static final long HEARTBEAT_MILLIS = 5_000;
    /** How long a new page waits for the places of closed pages to be freed before it is refused. */
    private static final long WAIT_FOR_PLACE_MILLIS = 1_000;
    private static final String STOP = "";
    private static final String PROBE = "?";

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
    void stream(HttpExchange ex, String seen, Supplier<String> current) throws IOException {
        if (!takePlace()) {
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
                } else if (token.equals(PROBE)) {
                    probe(out);
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

    /**
     * Takes one of the {@link #LIMIT} places. When all are taken, every stream is asked to check that its page is
     * still there, and the places of those that went away are freed within milliseconds.
     */
    private boolean takePlace() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_FOR_PLACE_MILLIS);
        boolean probed = false;
        while (!closed) {
            if (open.incrementAndGet() <= LIMIT) {
                return true;
            }
            open.decrementAndGet();
            if (!probed) {
                clients.forEach(q -> q.offer(PROBE));
                probed = true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(10);
        }
        return false;
    }

    /**
     * Whether the page is still there: the first write to a connection its client closed still succeeds (the system
     * answers it with a reset), the second fails; on this computer's network the reset is back within milliseconds.
     */
    private static void probe(OutputStream out) throws IOException {
        send(out, ":\n\n");
        sleep(20);
        send(out, ":\n\n");
    }

    private static String event(String token) {
        return "event: reload\ndata: " + token + "\n\n";
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends every stream. */
    void close() {
        closed = true;
        for (LinkedBlockingQueue<String> q : clients) {
            q.offer(STOP);
        }
    }
}
