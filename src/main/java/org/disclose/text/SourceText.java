package org.disclose.text;

import org.disclose.text.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ControlCharacters;

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

    public static Optional<String> decode(byte[] bytes, String shownPath, Diagnostics diagnostics) {
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
            diagnostics.error(endOf(out.toString(), shownPath), String.format(
                    "invalid UTF-8 byte 0x%02X: save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8)",
                    bytes[in.position()] & 0xff));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        text = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        int control = ControlCharacters.first(text);
        if (control >= 0) {
            diagnostics.error(endOf(text.substring(0, control), shownPath), ControlCharacters.message(
                    text.charAt(control), ControlCharacters.count(text, control + 1)));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The position just after {@code text}, where an invalid byte that follows it is. */
    private static SourcePos endOf(String text, String shownPath) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); i++) {
            if (endsLine(text, i)) {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                col++;
            }
        }
        return new SourcePos(shownPath, line, col);
    }

    /**
     * Whether the character at {@code i} ends a line as this class reads lines: LF, the LF of a CRLF, or a lone CR
     * (old Mac line ends, which {@link #decode} turns into LF). U+2028, U+2029 and U+0085 are characters of a line,
     * as they are for Markdown, the CSV reader and Notepad, whatever YAML 1.1 says.
     */
    static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }

    /**
     * Line and column (from 1, columns in code points) of places in a text, with the lines of {@link #endsLine}. It
     * keeps where every line starts, so it is for texts whose positions are asked for again and again.
     */
    static final class Lines {
        private int[] starts = new int[16]; // code point index at which each line starts
        private int count;

        Lines(String text) {
            add(0);
            int codePoint = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isLowSurrogate(text.charAt(i)) || i == 0
                        || !Character.isHighSurrogate(text.charAt(i - 1))) {
                    codePoint++;
                }
                if (endsLine(text, i)) {
                    add(codePoint);
                }
            }
        }

        private void add(int start) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
        }

        /** The line of the code point at {@code index}; the end of the text is on the last line. */
        int line(int index) {
            int found = Arrays.binarySearch(starts, 0, count, index);
            return found >= 0 ? found + 1 : -found - 1;
        }

        int column(int index) {
            return index - starts[line(index) - 1] + 1;
        }
    }
}
