package org.disclose.serve;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclose.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview under abuse, on 127.0.0.1 only, with a bounded number of connections and a bounded time: clients that
 * send half a request do not keep others from being served and are cut off after the header timeout, and the places
 * of live-reload streams whose pages closed are free again at once.
 */
class ServeAbuseTest {

    @TempDir
    Path dir;

    private Serve serve;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (serve != null) {
            serve.close();
        }
    }

    private PreviewClient start() {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md",
                "---\ntitle: 正常页面\ndate: 2023-05-10\n---\n\n正文。\n");
        try {
            serve = Serve.start(new Serve.Settings(site.root(), InetAddress.getLoopbackAddress(), 0, false, false,
                    false), Serve.Log.NONE);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        PreviewClient client = new PreviewClient(serve.url());
        client.await("releases/a/", r -> r.statusCode() == 200 && r.body().contains("正常页面"));
        return client;
    }

    private Socket connect(URI url, String send) throws IOException {
        Socket s = new Socket(url.getHost(), url.getPort());
        sockets.add(s);
        s.setSoTimeout(15_000);
        OutputStream out = s.getOutputStream();
        out.write(send.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    /** The status line of the answer on {@code s}. */
    private static String statusLine(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    @Test
    @Tag("slow")
    void clientsThatSendHalfARequestDoNotStopOthersAndAreCutOff() throws Exception {
        PreviewClient client = start();
        URI url = serve.url();
        List<Socket> slow = new ArrayList<>();
        // as many stalled clients as the server has threads besides those of live-reload streams
        for (int i = 0; i < PreviewServer.THREADS - ReloadEvents.LIMIT; i++) {
            slow.add(connect(url, i % 2 == 0 ? "GET /releases/a/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                    : "GET /rel"));
        }
        long start = System.nanoTime();
        HttpResponse<String> page = client.get("releases/a/");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, page.statusCode());
        assertContains(page.body(), "正常页面");
        assertTrue(millis < PreviewServer.HEADER_SECONDS * 1000L, "served in " + millis + " ms, not after the "
                + "stalled clients were cut off");

        // each stalled client is cut off once the header timeout has passed (with the server's clock tick of slack)
        for (Socket s : slow) {
            try {
                InputStream in = s.getInputStream();
                int read = in.read();
                if (read != -1) {
                    // answered rather than just closed: only with a refusal, never the page it half asked for
                    String line = (char) read + statusLine(s);
                    assertTrue(line.matches("HTTP/1\\.1 4\\d\\d( .*)?"), "a client that sent half a request is "
                            + "refused, not served: " + line);
                    in.transferTo(OutputStream.nullOutputStream()); // and then cut off: a time-out fails below
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("a client that sent half a request was not cut off after "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (IOException e) {
                // reset: cut off
            }
        }
        assertEquals(200, client.get("releases/a/").statusCode());
    }

    @Test
    void theLiveReloadPlacesOfClosedPagesAreFreeAtOnce() throws Exception {
        PreviewClient client = start();
        URI url = serve.url();
        String events = "GET /__disclose/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        for (int i = 0; i < 200; i++) {
            Socket s = connect(url, events);
            assertEquals("HTTP/1.1 200 OK", statusLine(s), "stream " + (i + 1));
            s.close();
        }
        long start = System.nanoTime();
        Socket next = connect(url, events);
        assertEquals("HTTP/1.1 200 OK", statusLine(next));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "a new page got its place at once");
        next.close();

        // the limit still holds for pages that are open
        List<Socket> openPages = new ArrayList<>();
        for (int i = 0; i < ReloadEvents.LIMIT; i++) {
            Socket s = connect(url, events);
            assertEquals("HTTP/1.1 200 OK", statusLine(s), "open page " + (i + 1));
            openPages.add(s);
        }
        assertTrue(statusLine(connect(url, events)).startsWith("HTTP/1.1 503"), "one page too many");
        assertEquals(200, client.get("releases/a/").statusCode(), "pages are served all the same");
        openPages.get(0).close();
        assertEquals("HTTP/1.1 200 OK", statusLine(connect(url, events)), "the place of a closed page");
    }
}
