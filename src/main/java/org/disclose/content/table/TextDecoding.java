package org.disclose.content.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Turns the bytes of a CSV file into text, in the encodings that offices' files really have: a UTF-8 or UTF-16 byte
 * order mark decides; otherwise the bytes are UTF-8 if they are valid UTF-8, and else GB18030, which is what Excel
 * and WPS on Chinese Windows write as "CSV" (GB18030 contains GBK and GB2312). Bytes that fit none of these are an
 * error at the first bad byte, never replaced by U+FFFD. The byte order mark is not part of the text.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final String RESAVE = "open the file in Excel or WPS and save it again as 'CSV UTF-8' "
            + "(另存为 → CSV UTF-8(逗号分隔))";

    private TextDecoding() {
    }

    static Optional<String> decode(byte[] bytes, String shownPath, Diagnostics diagnostics) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return declared(StandardCharsets.UTF_8, "UTF-8", bytes, 3, shownPath, diagnostics);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return declared(StandardCharsets.UTF_16LE, "UTF-16", bytes, 2, shownPath, diagnostics);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return declared(StandardCharsets.UTF_16BE, "UTF-16", bytes, 2, shownPath, diagnostics);
        }
        Attempt utf8 = Attempt.of(StandardCharsets.UTF_8, bytes, 0);
        if (utf8.text != null) {
            return checked(utf8.text, shownPath, diagnostics);
        }
        Attempt gb = Attempt.of(GB18030, bytes, 0);
        if (gb.text != null) {
            return checked(gb.text, shownPath, diagnostics);
        }
        // Point at the first bad byte of the reading that got further: that is the likelier intended encoding.
        Attempt further = gb.badByte > utf8.badByte ? gb : utf8;
        diagnostics.error(at(shownPath, further.before), String.format(
                "byte 0x%02X is neither UTF-8 nor GB18030 (GBK) text: %s",
                bytes[further.badByte] & 0xff, RESAVE));
        return Optional.empty();
    }

    private static Optional<String> declared(Charset charset, String name, byte[] bytes, int start, String shownPath,
            Diagnostics diagnostics) {
        Attempt attempt = Attempt.of(charset, bytes, start);
        if (attempt.text == null) {
            diagnostics.error(at(shownPath, attempt.before), String.format(
                    "byte 0x%02X is not valid %s, although the file starts with a %s byte order mark: %s",
                    bytes[attempt.badByte] & 0xff, name, name, RESAVE));
            return Optional.empty();
        }
        return checked(attempt.text, shownPath, diagnostics);
    }

    /** A NUL character means a binary file, or UTF-16 without a byte order mark read as UTF-8. */
    private static Optional<String> checked(String text, String shownPath, Diagnostics diagnostics) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.error(at(shownPath, text.substring(0, nul)),
                    "the file contains a NUL character, so it is not a CSV text file (or it is UTF-16 without a byte "
                            + "order mark): " + RESAVE);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The position just after {@code before}: lines end at LF, CR or CR LF; columns count characters. */
    static SourcePos at(String shownPath, CharSequence before) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return new SourcePos(shownPath, line, col);
    }

    /** One strict decoding: the text, or the offset of the first bad byte and the text before it. */
    private static final class Attempt {
        String text;
        int badByte = -1;
        CharSequence before = "";

        static Attempt of(Charset charset, byte[] bytes, int start) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            // No supported encoding turns n bytes into more than n chars.
            CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            Attempt attempt = new Attempt();
            out.flip();
            if (result.isError()) {
                attempt.badByte = Math.min(in.position(), bytes.length - 1);
                attempt.before = out;
            } else {
                attempt.text = out.toString();
            }
            return attempt;
        }
    }
}
