package org.disclose.privacy;

import org.disclose.privacy.Tags;
import org.disclose.privacy.PlainText;
import org.disclose.privacy.Fold;
import org.disclose.privacy.Entities;
import java.util.Arrays;

/**
 * A text as a reader sees it, for the personal-data guard: compatibility forms folded (NFKC: full-width １３８ and ＠,
 * circled and mathematical digits), digits of any script as ASCII digits, HTML entities decoded ({@code &#49;},
 * {@code &#x31;}, {@code &commat;}), percent-encodings of printable ASCII decoded as in an address ({@code %31},
 * {@code %40}), Markdown backslash escapes undone, and invisible characters (zero-width spaces,
 * soft hyphens, direction marks, combining marks) dropped. With {@code dropMarkup}, markup that a page does not show
 * is dropped too, so that digits it splits come together: emphasis and code marks ({@code * _ ~ `}), link brackets
 * and destinations, HTML tags and comments. Separators (spaces, dashes, dots) stay: the matchers decide where they
 * may split a number.
 *
 * <p>Every character of the plain text maps back to the characters of the original it came from, so that a finding
 * is reported at its place in the file. The map is kept as segments (one for each run copied unchanged, one for each
 * character changed), so that a text needing no change costs one segment and no copy.
 *
 * <p>Linear in the length of the text whatever it holds: entities are read within a bounded length, and tags and
 * link destinations are ended with scans that never revisit a character in the same state (see {@link Tags}).
 */
final class PlainText {

    private final String original;
    private final String text;
    /**
     * Segment k starts at plain index plainStart[k] and original index origStart[k]. A segment maps one for one
     * (a run copied, or folded character by character: １３８ to 138) or is one construct (an entity, a character
     * folded to several) whose every plain character maps to the whole.
     */
    private int[] plainStart = new int[4];
    private int[] origStart = new int[4];
    /** The original end of a changed character's segment, or -1 for a run copied unchanged. */
    private int[] origEnd = new int[4];
    private int segments;

    private PlainText(String original, boolean dropMarkup) {
        this.original = original;
        if (!needsWork(original, dropMarkup)) {
            this.text = original;
            add(0, 0, -1);
            return;
        }
        StringBuilder out = new StringBuilder(original.length());
        Tags tags = dropMarkup ? new Tags(original) : null;
        int n = original.length();
        int i = 0;
        while (i < n) {
            int run = i;
            while (i < n && isPlain(original.charAt(i), dropMarkup)) {
                i++;
            }
            if (i > run) {
                copy(out, run, i); // the bulk of any text: copied a run at a time
                continue;
            }
            char c = original.charAt(i);
            if (c == '&') {
                long entity = Entities.decode(original, i);
                if (entity >= 0) {
                    int cp = (int) (entity >>> 32);
                    int length = (int) entity;
                    changed(out, Fold.of(cp), i, i + length);
                    i += length;
                    continue;
                }
            } else if (c == '%') {
                int v = percent(original, i);
                if (v >= 0) {
                    changed(out, String.valueOf((char) v), i, i + 3); // %31 in an address is the 1 it stands for
                    i += 3;
                    continue;
                }
            } else if (c == '\\' && i + 1 < n && isAsciiPunctuation(original.charAt(i + 1))) {
                changed(out, String.valueOf(original.charAt(i + 1)), i, i + 2); // a Markdown escape shows the mark
                i += 2;
                continue;
            } else if (tags != null && isMarkupStart(c)) {
                int skip = tags.skip(i);
                if (skip > i) {
                    i = skip;
                    continue;
                }
            }
            if (c < 0x80 || isPlainCjk(c)) {
                same(out, c, i);
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            String folded = Fold.of(cp);
            changed(out, folded, i, i + width);
            i += width;
        }
        this.text = out.toString();
    }

    /** The plain text of {@code original}; {@code dropMarkup} also drops what Markdown and HTML do not show. */
    static PlainText of(String original, boolean dropMarkup) {
        return new PlainText(original, dropMarkup);
    }

    String text() {
        return text;
    }

    String original() {
        return original;
    }

    /** Where in the original the character at plain index {@code k} starts. */
    int start(int k) {
        int s = segment(k);
        return origEnd[s] < 0 ? origStart[s] + (k - plainStart[s]) : origStart[s];
    }

    /** Where in the original the character at plain index {@code k} ends (exclusive). */
    int end(int k) {
        int s = segment(k);
        return origEnd[s] < 0 ? origStart[s] + (k - plainStart[s]) + 1 : origEnd[s];
    }

    /** The original characters from the one behind plain {@code from} up to the one behind plain {@code to}. */
    String originalBetween(int from, int to) {
        return original.substring(start(from), start(to));
    }

    /** True if markup may split something in this text: worth a second look with markup dropped. */
    static boolean hasMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isMarkupStart(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int segment(int k) {
        int found = Arrays.binarySearch(plainStart, 0, segments, k);
        if (found >= 0) {
            // several segments may start at k only if some are empty, which are never added
            return found;
        }
        return -found - 2;
    }

    /** Whether a character stays as it is and starts nothing: ASCII but {@code & \\} (and markup), common CJK. */
    private static boolean isPlain(char c, boolean dropMarkup) {
        return c < 0x80 ? c != '&' && c != '\\' && c != '%' && !(dropMarkup && isMarkupStart(c)) : isPlainCjk(c);
    }

    private void copy(StringBuilder out, int from, int to) {
        int s = segments - 1;
        if (s < 0 || origEnd[s] >= 0 || origStart[s] + (out.length() - plainStart[s]) != from) {
            add(out.length(), from, -1);
        }
        out.append(original, from, to);
    }

    private void same(StringBuilder out, char c, int at) {
        int s = segments - 1;
        if (s < 0 || origEnd[s] >= 0 || origStart[s] + (out.length() - plainStart[s]) != at) {
            add(out.length(), at, -1);
        }
        out.append(c);
    }

    private void changed(StringBuilder out, String plain, int from, int to) {
        if (plain.isEmpty()) {
            return; // dropped: the next character starts a new segment
        }
        if (plain.length() == to - from) {
            for (int k = 0; k < plain.length(); k++) {
                same(out, plain.charAt(k), from + k); // one for one (１ for 1): places map as for a copy
            }
            return;
        }
        add(out.length(), from, to);
        out.append(plain);
    }

    private void add(int plain, int orig, int end) {
        if (segments == plainStart.length) {
            plainStart = Arrays.copyOf(plainStart, segments * 2);
            origStart = Arrays.copyOf(origStart, segments * 2);
            origEnd = Arrays.copyOf(origEnd, segments * 2);
        }
        plainStart[segments] = plain;
        origStart[segments] = orig;
        origEnd[segments] = end;
        segments++;
    }

    /** One cheap pass: whether any character would change (most texts are ASCII and common CJK as they are). */
    private static boolean needsWork(String s, boolean dropMarkup) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '&' || c == '\\' || c == '%' && percent(s, i) >= 0 || dropMarkup && isMarkupStart(c)) {
                    return true;
                }
            } else if (Character.isHighSurrogate(c)) {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp) && !Fold.of(cp).equals(s.substring(i, i + 2))) {
                    return true; // mathematical digits 𝟏𝟑𝟖, enclosed 🄁
                }
            } else if (!isPlainCjk(c) && !Fold.isSame(c)) {
                return true;
            }
        }
        return false;
    }

    /** CJK ideographs, which NFKC leaves as they are: the bulk of the content, skipped without a look-up. */
    private static boolean isPlainCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }

    /** The printable ASCII character that the percent-encoding {@code %XX} at {@code i} stands for, or -1. */
    private static int percent(String s, int i) {
        if (i + 2 >= s.length()) {
            return -1;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0 || s.charAt(i + 1) > 'f' || s.charAt(i + 2) > 'f') {
            return -1; // Character.digit also reads full-width and other scripts' digits
        }
        int v = hi * 16 + lo;
        return v >= 0x20 && v < 0x7f ? v : -1;
    }

    private static boolean isMarkupStart(char c) {
        return c == '*' || c == '_' || c == '~' || c == '`' || c == '[' || c == ']' || c == '<' || c == '!';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }
}
