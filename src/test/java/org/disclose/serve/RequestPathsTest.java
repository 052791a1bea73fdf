package org.disclose.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which request paths name a site file, and which are refused before the file system is asked. */
class RequestPathsTest {

    @Test
    void siteAddressesPass() {
        assertEquals(Optional.of(""), RequestPaths.sitePath("/"));
        assertEquals(Optional.of("releases/a/"), RequestPaths.sitePath("/releases/a/"));
        assertEquals(Optional.of("assets/site.1a2b3c4d5e.css"), RequestPaths.sitePath("/assets/site.1a2b3c4d5e.css"));
        assertEquals(Optional.of("tasks/region/示例甲市/"),
                RequestPaths.sitePath("/tasks/region/%E7%A4%BA%E4%BE%8B%E7%94%B2%E5%B8%82/"));
        assertEquals(Optional.of("a b/"), RequestPaths.sitePath("/a%20b/"));
        assertEquals(Optional.of("..a/b.."), RequestPaths.sitePath("/..a/b.."), "dots inside a name are a name");
    }

    @Test
    void traversalInEveryDisguiseIsRefused() {
        for (String raw : new String[] {"/..", "/../", "/../etc/passwd", "/a/../../b", "/a/..", "/.", "/./a",
            "/%2e%2e/a", "/%2E%2E/a", "/.%2e/a", "/%2e./a", "/a%2f..%2f..%2fb", "/a%2Fb", "/..%5cb", "/a%5Cb",
            "/a\\b", "/..\\b", "/a%00b", "/a\u0000b", "/%0a", "/a%7f", "/%c0%ae%c0%ae/a", "/%e0%80%ae/a",
            "/%ff/a", "/%", "/%2", "/%zz", "//a", "/a//b", "relative", "", "/a/%2e"}) {
            assertFalse(RequestPaths.sitePath(raw).isPresent(), () -> "should refuse "
                    + new String(raw.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        assertFalse(RequestPaths.sitePath(null).isPresent());
        assertFalse(RequestPaths.sitePath("/" + "a".repeat(5000)).isPresent(), "absurdly long");
    }

    @Test
    void allowedHostsAreThisComputer() {
        assertTrue(PreviewServer.allowedHost("127.0.0.1:1313"));
        assertTrue(PreviewServer.allowedHost("localhost:1313"));
        assertTrue(PreviewServer.allowedHost("[::1]:1313"));
        assertTrue(PreviewServer.allowedHost("192.168.1.20:1313"));
        assertTrue(PreviewServer.allowedHost(null));
        assertFalse(PreviewServer.allowedHost("attacker.example.com"));
        assertFalse(PreviewServer.allowedHost("attacker.example.com:1313"));
    }

    @Test
    void theReloadScriptGoesIntoTheHead() {
        String page = new String(PreviewServer.inject("<html><head><title>t</title></head><body>中文</body></html>"
                .getBytes(StandardCharsets.UTF_8), "abc-1"), StandardCharsets.UTF_8);
        assertEquals("<html><head><title>t</title><script src=\"/__disclose/reload.js?build=abc-1\" defer></script>\n"
                + "</head><body>中文</body></html>", page);
    }
}
