package org.disclose.publish;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * CSV as Excel on a Chinese desktop opens it without asking: UTF-8 with a byte order mark, CRLF line ends, cells
 * quoted where they must be (RFC 4180).
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(64 * (rows.size() + 1));
        line(s, header);
        for (List<String> row : rows) {
            line(s, row);
        }
        byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            cell(s, cells.get(i));
        }
        s.append("\r\n");
    }

    static void cell(StringBuilder s, String value) {
        String v = neutralised(value == null ? "" : value);
        boolean quote = v.isEmpty() ? false : needsQuotes(v);
        if (!quote) {
            s.append(v);
            return;
        }
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                s.append('"');
            }
            s.append(c);
        }
        s.append('"');
    }

    /**
     * A cell a spreadsheet could run as a formula gets a leading apostrophe (the OWASP rule against CSV injection),
     * so that Excel, WPS and LibreOffice show it as text. That is a cell that starts with a control character (tab,
     * CR, LF ...), or whose first character after any leading space is {@code = + - @} or a form of one that NFKC
     * folds to it (full-width {@code ＝＋－＠}, small and superscript forms), or the minus sign U+2212: WPS, the
     * office suite of Chinese government desktops, reads full-width signs as ASCII ones, and a reader that trims
     * space must not find a formula either. The one exception is a plain number, {@code [+-]?digits[.digits]} and
     * nothing else: {@code -1.5} stays a number, {@code -1.5+HYPERLINK(...)} and {@code +86 431...} do not.
     */
    static String neutralised(String v) {
        if (v.isEmpty() || isPlainNumber(v)) {
            return v;
        }
        if (v.charAt(0) < ' ') {
            return "'" + v;
        }
        int i = 0;
        while (i < v.length() && isSpace(v.codePointAt(i))) {
            i += Character.charCount(v.codePointAt(i));
        }
        return i < v.length() && startsFormula(v.codePointAt(i)) ? "'" + v : v;
    }

    /** {@code [+-]?[0-9]+(\.[0-9]+)?}, ASCII digits only. */
    static boolean isPlainNumber(String v) {
        int i = v.charAt(0) == '+' || v.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < v.length() && isDigit(v.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == v.length()) {
            return true;
        }
        if (v.charAt(i) != '.') {
            return false;
        }
        int fraction = ++i;
        while (i < v.length() && isDigit(v.charAt(i))) {
            i++;
        }
        return i > fraction && i == v.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(int cp) {
        return cp <= ' ' || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF';
    }

    private static boolean startsFormula(int cp) {
        if (cp < 0x80) {
            return cp == '=' || cp == '+' || cp == '-' || cp == '@';
        }
        if (cp == '\u2212') {
            return true;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return !folded.isEmpty() && folded.charAt(0) < 0x80 && startsFormula(folded.charAt(0));
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
