package org.disclose.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide text will be, and how to fit a label into a width. The build has no fonts to measure with, so widths are
 * estimated on the generous side: a CJK character is one em, anything else 0.6 em (digits are about 0.55 em in the
 * usual system fonts). Overestimating only costs some white space; underestimating would make labels collide.
 */
final class TextFit {

    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** The label as shown in at most {@code maxLines} lines; {@code cut} when the end had to be replaced by "…". */
    record Lines(List<String> lines, boolean cut) {

        /** The full text, to attach as a title to line {@code k} when that is the line that was cut; else null. */
        String fullTextAt(int k, String fullText) {
            return cut && k == lines.size() - 1 ? fullText : null;
        }
    }

    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            em += isWide(cp) ? 1.0 : 0.6;
        }
        return em * ChartStyle.FONT;
    }

    static double maxWidth(List<String> texts) {
        double max = 0;
        for (String t : texts) {
            max = Math.max(max, width(t));
        }
        return max;
    }

    /**
     * Breaks a label into lines no wider than {@code maxWidth}, character by character (Chinese has no spaces to break
     * at), and ends the last line with "…" when the label does not fit. Always at least one character per line, so a
     * very narrow width cannot loop or lose the label entirely.
     */
    static Lines wrap(String text, double maxWidth, int maxLines) {
        String trimmed = text.strip();
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < trimmed.length() && lines.size() < maxLines) {
            int end = takeLine(trimmed, i, maxWidth);
            lines.add(trimmed.substring(i, end).strip());
            i = end;
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        if (i >= trimmed.length()) {
            return new Lines(List.copyOf(lines), false);
        }
        // Make room for the ellipsis on the last line.
        String last = lines.get(lines.size() - 1);
        while (!last.isEmpty() && width(last + ELLIPSIS) > maxWidth) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        lines.set(lines.size() - 1, last + ELLIPSIS);
        return new Lines(List.copyOf(lines), true);
    }

    private static int takeLine(String text, int start, double maxWidth) {
        int end = start;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            if (end > start && width(text.substring(start, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        // CJK punctuation, full-width forms, and the dashes, quotes and ellipsis that CJK fonts draw one em wide.
        return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2E80 && cp <= 0x303F)
                || (cp >= 0x3200 && cp <= 0x33FF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
