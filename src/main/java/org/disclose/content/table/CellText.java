package org.disclose.content.table;

/** Text rules shared by the CSV and .xlsx readers: what counts as surrounding space, and line breaks in a cell. */
final class CellText {

    private CellText() {
    }

    /**
     * White space trimmed from both ends of a cell: ASCII space and control characters, the no-break space, the
     * full-width (ideographic) space U+3000 that Chinese input methods type, a stray byte order mark, and any other
     * Unicode space.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < '\u00A0') {
            return false;
        }
        return c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code text[start, end)} without surrounding space, with CR LF and CR inside it turned into LF. */
    static String trim(CharSequence text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return "";
        }
        String s = text.subSequence(start, end).toString();
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String trim(CharSequence text) {
        return trim(text, 0, text.length());
    }

    /** True if {@code text[start, end)} is only space. */
    static boolean isBlank(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
