package org.disclose;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * {@code assertTrue(text.contains(x))} that says, when it fails, what the text held: the part nearest to what was
 * looked for (where the longest start of it occurs), or the text's beginning when not even its first characters do.
 * One helper for every test that looks for text in a page, a message or a file.
 */
public final class Contains {

    /** Characters shown on either side of the place found. */
    private static final int AROUND = 160;

    private Contains() {
    }

    public static void assertContains(String haystack, String needle) {
        assertContains(haystack, needle, (String) null);
    }

    public static void assertContains(String haystack, String needle, String message) {
        if (haystack == null || !haystack.contains(needle)) {
            fail(prefix(message) + "expected to find " + quote(needle) + " but " + missing(haystack, needle));
        }
    }

    public static void assertContains(String haystack, String needle, Supplier<String> message) {
        if (haystack == null || !haystack.contains(needle)) {
            assertContains(haystack, needle, message.get());
        }
    }

    public static void assertNotContains(String haystack, String needle) {
        assertNotContains(haystack, needle, (String) null);
    }

    public static void assertNotContains(String haystack, String needle, String message) {
        int at = haystack == null ? -1 : haystack.indexOf(needle);
        if (at >= 0) {
            fail(prefix(message) + "expected no " + quote(needle) + " but found it at " + at + ": "
                    + excerpt(haystack, at, needle.length()));
        }
    }

    public static void assertNotContains(String haystack, String needle, Supplier<String> message) {
        if (haystack != null && haystack.contains(needle)) {
            assertNotContains(haystack, needle, message.get());
        }
    }

    public static <T> void assertContains(Collection<? extends T> haystack, T needle) {
        assertContains(haystack, needle, (String) null);
    }

    public static <T> void assertContains(Collection<? extends T> haystack, T needle, String message) {
        if (haystack == null || !haystack.contains(needle)) {
            fail(prefix(message) + "expected " + quote(String.valueOf(needle)) + " among " + haystack);
        }
    }

    public static <T> void assertContains(Collection<? extends T> haystack, T needle, Supplier<String> message) {
        if (haystack == null || !haystack.contains(needle)) {
            assertContains(haystack, needle, message.get());
        }
    }

    public static <T> void assertNotContains(Collection<? extends T> haystack, T needle) {
        assertNotContains(haystack, needle, (String) null);
    }

    public static <T> void assertNotContains(Collection<? extends T> haystack, T needle, String message) {
        if (haystack != null && haystack.contains(needle)) {
            fail(prefix(message) + "expected no " + quote(String.valueOf(needle)) + " among " + haystack);
        }
    }

    /** Where the longest start of {@code needle} occurs, with what surrounds it; or the text's beginning. */
    static String missing(String haystack, String needle) {
        if (haystack == null) {
            return "the text was null";
        }
        int low = 0;
        int high = needle.length();
        int at = -1;
        // the longest start of the needle that occurs: if a start occurs, every shorter one does too
        while (low < high) {
            int mid = (low + high + 1) / 2;
            int found = haystack.indexOf(needle.substring(0, mid));
            if (found >= 0) {
                low = mid;
                at = found;
            } else {
                high = mid - 1;
            }
        }
        if (low >= Math.min(3, needle.length()) && low > 0) {
            return "only its first " + low + " characters " + quote(needle.substring(0, low)) + " occur (at " + at
                    + " of " + haystack.length() + "): " + excerpt(haystack, at, low);
        }
        return "the text (" + haystack.length() + " characters) does not hold even its start: "
                + excerpt(haystack, 0, 0);
    }

    /** The text around {@code [at, at + length)}, on one line, the found part between » and «. */
    static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - AROUND);
        int to = Math.min(text.length(), at + length + AROUND);
        return (from > 0 ? "…" : "") + oneLine(text.substring(from, at)) + (length > 0 ? "»" : "")
                + oneLine(text.substring(at, at + length)) + (length > 0 ? "«" : "")
                + oneLine(text.substring(at + length, to)) + (to < text.length() ? "…" : "");
    }

    private static String oneLine(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String quote(String s) {
        return "«" + oneLine(s) + "»";
    }

    private static String prefix(String message) {
        return message == null || message.isEmpty() ? "" : message + ": ";
    }
}
