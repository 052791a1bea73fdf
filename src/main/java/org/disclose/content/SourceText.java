package org.disclose.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Reads an author's text file as strict UTF-8: a byte order mark is dropped, CRLF becomes LF, and invalid bytes are an
 * error at their line and column rather than silently replaced characters on the public site.
 */
public final class SourceText {

    /** Files larger than this are refused: no legitimate page or data file comes near it. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceText() {
    }

    public static Optional<String> read(Path file, String shownPath, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.error(SourcePos.file(shownPath), "file is larger than " + (MAX_BYTES >> 20)
                        + " MiB: split it into smaller files");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourcePos.file(shownPath), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, shownPath, diagnostics);
    }

    static Optional<String> decode(byte[] bytes, String shownPath, Diagnostics diagnostics) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int col = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else if (!Character.isLowSurrogate(before.charAt(i))) {
                    col++;
                }
            }
            diagnostics.error(new SourcePos(shownPath, line, col), String.format(
                    "invalid UTF-8 byte 0x%02X: save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8)",
                    bytes[in.position()] & 0xff));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return Optional.of(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
