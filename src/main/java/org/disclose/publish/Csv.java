package org.disclose.publish;

import java.nio.charset.StandardCharsets;
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
     * A cell Excel would evaluate as a formula (=, @, or + - not starting a number) gets a leading apostrophe, as
     * OWASP advises against CSV injection; numbers such as -1 are left as they are.
     */
    static String neutralised(String v) {
        if (v.isEmpty()) {
            return v;
        }
        char first = v.charAt(0);
        boolean number = v.length() > 1 && (Character.isDigit(v.charAt(1)) || v.charAt(1) == '.');
        if (first == '=' || first == '@' || first == '\t' || first == '\r'
                || (first == '+' || first == '-') && !number) {
            return "'" + v;
        }
        return v;
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
