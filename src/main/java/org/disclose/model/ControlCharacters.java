package org.disclose.model;

import java.util.Locale;

/**
 * Control characters in what authors write: C0 controls other than tab and line feed, DEL, and the C1 controls
 * (U+0080 to U+009F, NEL included). They are invisible, a page must not carry them (some browsers and screen readers
 * stumble on them, an ESC or BEL reaches the terminal of whoever reads the text file) and they never belong in a
 * release: they come with text pasted from other programs. Every text a build reads passes here, so that none reaches
 * a page, a data file or a message.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return c < ' ' && c != '\t' && c != '\n' || c >= '\u007F' && c <= '\u009F';
    }

    /** The index of the first control character in {@code text}, or -1. */
    public static int first(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How many control characters {@code text} holds from {@code from} on. */
    public static int count(CharSequence text, int from) {
        int n = 0;
        for (int i = from; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The message for a text whose control characters start with {@code c}, {@code more} others following. */
    public static String message(char c, int more) {
        return String.format(Locale.ROOT, "a control character (U+%04X)%s is written here: it is invisible and must "
                + "not reach the site; delete it (such characters come with text pasted from other programs)", (int) c,
                more == 0 ? "" : more == 1 ? ", and one more after it," : ", and " + more + " more after it,");
    }
}
