package org.disclose.privacy;

import org.disclose.privacy.Entities;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * HTML character references as a browser decodes them, so that {@code &#49;&#51;&#56;…} or {@code a&commat;qq.com}
 * is read as the number or address it shows. Numeric references ({@code &#49;}, {@code &#x31;}) with or without the
 * semicolon; named ones only for what can write or split a number or an address (digits have no names): spaces,
 * dashes, dots, invisible characters, {@code @} and the ASCII marks.
 */
final class Entities {

    /** The longest named reference read, with its {@code &} and {@code ;}. */
    private static final int MAX_LENGTH = 32;
    private static final Map<String, Integer> NAMED = new HashMap<>();
    /** Names a browser decodes without the semicolon, too (the legacy ones among those here). */
    private static final Set<String> LEGACY = Set.of("amp", "lt", "gt", "quot", "nbsp", "shy", "middot");

    static {
        Object[] pairs = {
            "amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'', "nbsp", 0xA0, "ensp", 0x2002,
            "emsp", 0x2003, "emsp13", 0x2004, "emsp14", 0x2005, "numsp", 0x2007, "puncsp", 0x2008,
            "thinsp", 0x2009, "ThinSpace", 0x2009, "hairsp", 0x200A, "VeryThinSpace", 0x200A,
            "MediumSpace", 0x205F, "ZeroWidthSpace", 0x200B, "NegativeMediumSpace", 0x200B,
            "NegativeThickSpace", 0x200B, "NegativeThinSpace", 0x200B, "NegativeVeryThinSpace", 0x200B,
            "NoBreak", 0x2060, "zwj", 0x200D, "zwnj", 0x200C, "lrm", 0x200E, "rlm", 0x200F, "shy", 0xAD,
            "hyphen", 0x2010, "dash", 0x2010, "ndash", 0x2013, "mdash", 0x2014, "horbar", 0x2015,
            "minus", 0x2212, "period", '.', "commat", '@', "lowbar", '_', "UnderBar", '_', "plus", '+',
            "num", '#', "colon", ':', "sol", '/', "ast", '*', "midast", '*', "lpar", '(', "rpar", ')',
            "lsqb", '[', "lbrack", '[', "rsqb", ']', "rbrack", ']', "grave", '`', "DiacriticalGrave", '`',
            "middot", 0xB7, "centerdot", 0xB7, "CenterDot", 0xB7, "bull", 0x2022, "bullet", 0x2022,
            "Tab", '\t', "NewLine", '\n', "excl", '!', "comma", ',', "semi", ';', "equals", '=', "quest", '?',
            "percnt", '%', "dollar", '$', "verbar", '|', "vert", '|', "Hat", '^', "hyphenminus", '-',
        };
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            NAMED.put((String) pairs[i], v instanceof Character ch ? (int) ch : (Integer) v);
        }
    }

    private Entities() {
    }

    /**
     * The reference that starts at {@code s[i]} (an {@code &}): its code point shifted left by 32, or'ed with
     * its length in characters; -1 if none starts there.
     */
    static long decode(String s, int i) {
        int n = Math.min(s.length(), i + MAX_LENGTH);
        if (i + 2 >= n) {
            return -1;
        }
        if (s.charAt(i + 1) == '#') {
            return numeric(s, i, s.length()); // leading zeros are unbounded: "&#000…049;" is a 1
        }
        int j = i + 1;
        while (j < n && isNameChar(s.charAt(j))) {
            j++;
        }
        if (j == i + 1) {
            return -1;
        }
        Integer cp = NAMED.get(s.substring(i + 1, j));
        if (cp == null) {
            return -1;
        }
        boolean semicolon = j < n && s.charAt(j) == ';';
        if (!semicolon && !LEGACY.contains(s.substring(i + 1, j))) {
            return -1;
        }
        return ((long) cp << 32) | (j - i + (semicolon ? 1 : 0));
    }

    private static long numeric(String s, int i, int n) {
        int j = i + 2;
        boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
        if (hex) {
            j++;
        }
        int digitsStart = j;
        long value = 0;
        while (j < n && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0 && s.charAt(j) < 0x80) {
            value = Math.min(value * (hex ? 16 : 10) + Character.digit(s.charAt(j), hex ? 16 : 10), 0x110000);
            j++;
        }
        if (j == digitsStart) {
            return -1;
        }
        if (j < n && s.charAt(j) == ';') {
            j++;
        }
        // as a browser does: nothing, a surrogate or beyond Unicode shows as the replacement character
        int cp = value == 0 || value > 0x10FFFF || value >= 0xD800 && value <= 0xDFFF ? 0xFFFD : (int) value;
        return ((long) cp << 32) | (j - i);
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
