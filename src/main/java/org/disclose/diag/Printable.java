package org.disclose.diag;

import java.util.Locale;

/**
 * What a diagnostic may print. Messages and file names quote what authors wrote, and a build log goes to terminals,
 * CI pages and tickets: a raw ESC can recolour or rewrite a terminal, a newline forges a line of its own
 * ({@code content/a.md:1:1: error: ...} that no build printed), and a bidi override reverses what follows. Every
 * control character (C0, DEL, C1), every invisible format character (bidi controls, zero-width characters, U+00AD,
 * U+FEFF ...), line and paragraph separators and lone surrogates are written as escapes such as {@code \u001b}.
 * Every diagnostic passes here ({@link Diagnostic}), and so does any other line that quotes a content file's name.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code s} with every character that must not be printed raw escaped; null stays null. */
    public static String of(String s) {
        if (s == null || s.codePoints().noneMatch(Printable::escaped)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (!escaped(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u{%x}", c));
            }
        });
        return out.toString();
    }

    static SourcePos of(SourcePos pos) {
        String path = of(pos.path());
        return path == null || path.equals(pos.path()) ? pos : new SourcePos(path, pos.line(), pos.col());
    }

    private static boolean escaped(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
