package org.disclose.text;

import org.disclose.text.PortableName;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether one segment of an address (a folder or file name of the published site) can be copied to any server and
 * cannot pass for another name. Refused: what Windows will not store (the device names CON, PRN, AUX, NUL, COM0-9,
 * LPT0-9 with any extension and in any case, a final dot or space, {@code < > : " | ? *}), what an address gives a
 * meaning ({@code / \ # %}), blanks and control characters, invisible and direction-changing characters (U+202E makes
 * {@code gpj.exe} read as {@code exe.jpg}; U+200B makes two names that look the same), a leading dot (servers hide
 * such files and copying tools skip them), and names not in Unicode's composed form (NFC), which look exactly like
 * their composed twin.
 */
public final class PortableName {

    static final int MAX_LENGTH = 100;

    /** Windows reserves these as devices, whatever extension follows (nul.txt, Con.tar.gz). */
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3",
            "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$", "CLOCK$");

    /** Characters with a meaning in an address or forbidden in a Windows file name. */
    private static final String SPECIAL = "/\\?#%<>:\"|*";

    private PortableName() {
    }

    /** Why {@code name} cannot be a segment of an address, as the end of a sentence; empty when it can. */
    static Optional<String> problem(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Optional.of("it must be a name, not empty, . or ..");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("it is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                return Optional.of("it may not contain " + SPECIAL.chars().mapToObj(ch -> String.valueOf((char) ch))
                        .reduce((a, b) -> a + " " + b).orElse("") + " (here '" + (char) c + "')");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return Optional.of("it may not contain spaces or control characters (here " + codePoint(c) + ")");
            }
            if (invisible(c)) {
                return Optional.of("it contains " + codePoint(c) + ", an invisible or direction-changing character "
                        + "that can make one address look like another");
            }
            i += Character.charCount(c);
        }
        if (name.startsWith(".")) {
            return Optional.of("it may not start with '.', which servers hide and copying tools skip");
        }
        if (name.endsWith(".")) {
            return Optional.of("it may not end with '.', which Windows drops from file names");
        }
        String device = device(name);
        if (DEVICES.contains(device)) {
            return Optional.of("'" + device + "' is a device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9, "
                    + "with any extension), which no Windows server can store");
        }
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            return Optional.of("it is not in Unicode's composed form (NFC) and looks exactly like '"
                    + Normalizer.normalize(name, Normalizer.Form.NFC) + "': type the name again");
        }
        return Optional.empty();
    }

    /** The part of a name Windows compares with its device names: before the first dot, without trailing blanks. */
    private static String device(String name) {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).stripTrailing().toUpperCase(Locale.ROOT);
    }

    /**
     * Characters that show nothing or change the direction of what follows: every format character (Cf: bidi
     * controls U+202A-U+202E and U+2066-U+2069, zero-width U+200B-U+200F, U+2060-U+2064, U+FEFF, U+00AD, tags...),
     * line and paragraph separators, lone surrogates, and the blank fillers and variation selectors that are letters
     * or marks but draw nothing.
     */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || c >= 0x180B && c <= 0x180F || c == 0x3164 || c == 0xFFA0 || c == 0x2800
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF || c == 0xFFFC;
    }

    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
