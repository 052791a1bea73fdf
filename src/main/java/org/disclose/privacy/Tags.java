package org.disclose.privacy;

import org.disclose.privacy.Tags;
import org.disclose.privacy.PlainText;
/**
 * Where the markup that starts at a place of a text ends, for {@link PlainText} with markup dropped: a Markdown mark
 * ({@code * _ ~ `}, a link's brackets, its destination {@code (…)} or reference {@code […]}, the {@code !} of an
 * image) or an HTML tag or comment. What is not markup (a {@code <} before a space, an unclosed tag) is kept.
 *
 * <p>Every scan is linear over the whole text, since a text may be 1 MB of {@code <a "<a "<a "}: the ends of comments,
 * destinations and references are found with searches that only move forward (calls come in text order), and a
 * tag's end with a scan that remembers, for each character, the states (outside or inside quotes) from which an
 * earlier scan already failed, so that no character is scanned twice in the same state.
 */
final class Tags {

    private static final int OUTSIDE = 0;
    private static final int IN_DOUBLE = 1;
    private static final int IN_SINGLE = 2;

    private final String s;
    private final Forward closeParen;
    private final Forward closeBracket;
    private final Forward newline;
    private final Forward commentEnd;
    /** Per character, a bit for each state from which a tag scan reaching it fails; made on the first failure. */
    private byte[] failed;

    Tags(String s) {
        this.s = s;
        this.closeParen = new Forward(s, ")");
        this.closeBracket = new Forward(s, "]");
        this.newline = new Forward(s, "\n");
        this.commentEnd = new Forward(s, "-->");
    }

    /** The index after the markup that starts at {@code i}, or {@code i} if none does. */
    int skip(int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        switch (c) {
            case '*', '_', '~', '`', '[' -> {
                return i + 1;
            }
            case '!' -> {
                return next == '[' ? i + 1 : i;
            }
            case ']' -> {
                if (next == '(' || next == '[') {
                    int close = (next == '(' ? closeParen : closeBracket).from(i + 2);
                    if (close >= 0 && close < lineEnd(i)) {
                        return close + 1;
                    }
                }
                return i + 1;
            }
            case '<' -> {
                if (s.startsWith("<!--", i)) {
                    int end = commentEnd.from(i + 4);
                    return end < 0 ? i : end + 3;
                }
                if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '?') {
                    return tagEnd(i);
                }
                return i;
            }
            default -> {
                return i;
            }
        }
    }

    private int lineEnd(int i) {
        int end = newline.from(i);
        return end < 0 ? s.length() : end;
    }

    /** After the {@code >} that closes the tag at {@code start} (quotes respected), or {@code start}. */
    private int tagEnd(int start) {
        int state = OUTSIDE;
        int j = start + 1;
        for (; j < s.length(); j++) {
            if (failed != null && (failed[j] & (1 << state)) != 0) {
                break;
            }
            char c = s.charAt(j);
            if (state == OUTSIDE) {
                if (c == '>') {
                    return j + 1;
                }
                state = c == '"' ? IN_DOUBLE : c == '\'' ? IN_SINGLE : OUTSIDE;
            } else if (state == IN_DOUBLE && c == '"' || state == IN_SINGLE && c == '\'') {
                state = OUTSIDE;
            }
        }
        remember(start, j);
        return start;
    }

    /** Marks the states of a failed scan from {@code start} up to {@code stop}: a later scan meeting one fails. */
    private void remember(int start, int stop) {
        if (failed == null) {
            failed = new byte[s.length()];
        }
        int state = OUTSIDE;
        for (int j = start + 1; j < stop; j++) {
            failed[j] |= (byte) (1 << state);
            char c = s.charAt(j);
            if (state == OUTSIDE) {
                state = c == '"' ? IN_DOUBLE : c == '\'' ? IN_SINGLE : OUTSIDE;
            } else if (state == IN_DOUBLE && c == '"' || state == IN_SINGLE && c == '\'') {
                state = OUTSIDE;
            }
        }
    }

    /** The next place of a string at or after a place that never goes back: each character is searched once. */
    private static final class Forward {
        private final String s;
        private final String what;
        private int searchedFrom = -1;
        private int found = -1;

        Forward(String s, String what) {
            this.s = s;
            this.what = what;
        }

        int from(int i) {
            if (searchedFrom < 0 || i > found && found >= 0 || i < searchedFrom) {
                found = s.indexOf(what, i);
                searchedFrom = i;
            }
            return found >= 0 && found >= i ? found : -1;
        }
    }
}
