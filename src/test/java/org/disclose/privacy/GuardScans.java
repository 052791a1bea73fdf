package org.disclose.privacy;

import static org.disclose.privacy.PersonalDataGuardTest.withCheckDigit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/** What the tests of the guard's forms and kinds share: a scan of one text, and ways to write it otherwise. */
final class GuardScans {

    private GuardScans() {
    }

    static final SourcePos START = SourcePos.file("content/releases/a.md");
    static final String ID = withCheckDigit("22010219900307123");
    static final String MOBILE = "13812345678";

    static List<Diagnostic> scan(String text, String... allowed) {
        Diagnostics d = new Diagnostics();
        new PersonalDataGuard(List.of(allowed)).scan(text, START, d);
        return d.sorted();
    }

    static void found(String what, String text) {
        List<Diagnostic> found = scan(text);
        assertEquals(1, found.size(), "one finding in " + text + ": " + found);
        assertTrue(found.get(0).message().startsWith(what), text + ": " + found.get(0));
    }

    static void clean(String text) {
        assertEquals(List.of(), scan(text), text);
    }

    /** The digits of {@code s} written full-width. */
    static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'ａ')
                    : c == '@' ? '＠' : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    static String entities(String s, boolean hex) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(hex ? "&#x" + Integer.toHexString(c) + ";" : "&#" + (int) c + ";");
        }
        return out.toString();
    }

    /** A 16 to 19 digit number passing the Luhn check: the given digits and a computed last digit. */
    static String luhn(String body) {
        for (char last = '0'; last <= '9'; last++) {
            if (NumberChars.luhn(body + last)) {
                return body + last;
            }
        }
        throw new AssertionError();
    }
}
