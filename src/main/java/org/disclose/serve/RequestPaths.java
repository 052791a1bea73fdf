package org.disclose.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the raw path of a request into a site path, or refuses it. Anything that could name a file outside the site
 * is refused before the file system is asked: {@code .} and {@code ..} segments, encoded dots, slashes and
 * backslashes ({@code %2e}, {@code %2f}, {@code %5c}), backslashes, NUL and other control characters, and
 * percent-encoding that is not valid UTF-8. The site's own addresses never need any of these.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * The site path a raw request path names, without the leading {@code /} ({@code releases/a/}, {@code ""} for
     * the root); empty when the request must be refused.
     */
    static Optional<String> sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() > 4096) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        String rest = path.substring(1);
        for (String segment : rest.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        if (path.contains("//")) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }

    /** Percent-decoding as UTF-8, strictly: a malformed escape or a byte sequence that is not UTF-8 is refused. */
    private static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    return Optional.empty(); // a raw path is ASCII; anything else was never sent by a browser
                }
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
