package org.disclose.privacy;

import org.disclose.privacy.PlainText;
import org.disclose.privacy.Fold;
import java.text.Normalizer;

/**
 * What one character reads as, for {@link PlainText}: its NFKC form (full-width, circled, superscript and
 * mathematical forms become the ASCII they show), with decimal digits of any script as ASCII digits, and nothing for a
 * character that shows nothing: format characters (zero-width spaces and joiners, direction marks, the soft
 * hyphen, the byte order mark), combining marks and the Hangul fillers.
 */
final class Fold {

    /** The folded form of each BMP character, computed when first needed (a race only computes one twice). */
    private static final String[] BMP = new String[0x10000];

    private Fold() {
    }

    static String of(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) cp);
        }
        if (cp < 0x10000) {
            String known = BMP[cp];
            if (known == null) {
                known = compute(cp);
                BMP[cp] = known;
            }
            return known;
        }
        return compute(cp);
    }

    /** Whether a BMP character reads as itself. */
    static boolean isSame(char c) {
        String f = of(c);
        return f.length() == 1 && f.charAt(0) == c;
    }

    private static String compute(int cp) {
        if (isInvisible(cp)) {
            return "";
        }
        if (Character.isDigit(cp)) {
            return String.valueOf((char) ('0' + Character.digit(cp, 10)));
        }
        String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int c = nfkc.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80 && Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (!isInvisible(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }
}
