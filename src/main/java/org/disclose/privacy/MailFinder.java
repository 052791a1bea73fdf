package org.disclose.privacy;

import org.disclose.privacy.PlainText;
import org.disclose.privacy.MailFinder;
import org.disclose.privacy.FreeMail;
import org.disclose.privacy.Finding;
import java.util.List;
import java.util.Locale;
import org.disclose.privacy.Finding.Kind;

/**
 * Finds addresses at free mail services ({@link FreeMail}) in a {@link PlainText}: a name, an {@code @} (also written
 * ＠, {@code &commat;}, {@code (at)} or {@code [at]}, with up to two spaces around it) and a domain (its dots also
 * written {@code (dot)}, {@code [dot]} or 。). An address at any other domain is an office's and passes.
 *
 * <p>Linear, unlike the pattern it replaces: from each {@code @} the name is read backwards only as far as the
 * previous character that cannot be in a name (an {@code @} cannot), and the domain forwards at most
 * {@link #MAX_DOMAIN} characters.
 */
final class MailFinder {

    private static final int MAX_DOMAIN = 255;
    private static final int MAX_SPACES = 2;

    private final PlainText p;
    private final String s;
    private final List<Finding> out;
    /** Where each character of the domain being read ends in the plain text; made at the first at sign. */
    private int[] endOf;
    private final StringBuilder domain = new StringBuilder();

    private MailFinder(PlainText p, List<Finding> out) {
        this.p = p;
        this.s = p.text();
        this.out = out;
    }

    static void find(PlainText p, List<Finding> out) {
        new MailFinder(p, out).run();
    }

    private void run() {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int at = c == '@' ? 1 : (c == '(' || c == '[') && isWord(i + 1, "at", c == '(' ? ')' : ']') ? 4 : 0;
            if (at > 0) {
                address(i, i + at);
            }
        }
    }

    /** The address around the at sign {@code s[from, to)}, if it is a personal one. */
    private void address(int from, int to) {
        int nameEnd = from;
        for (int k = 0; k < MAX_SPACES && nameEnd > 0 && s.charAt(nameEnd - 1) == ' '; k++) {
            nameEnd--;
        }
        int nameStart = nameEnd;
        while (nameStart > 0 && isNameChar(s.charAt(nameStart - 1))) {
            nameStart--;
        }
        while (nameStart < nameEnd && !Character.isLetterOrDigit(s.charAt(nameStart))) {
            nameStart++; // "…。.a@qq.com": a name starts with a letter or digit
        }
        if (nameStart == nameEnd) {
            return;
        }
        int d = to;
        for (int k = 0; k < MAX_SPACES && d < s.length() && s.charAt(d) == ' '; k++) {
            d++;
        }
        domain.setLength(0);
        if (endOf == null) {
            endOf = new int[MAX_DOMAIN];
        }
        while (d < s.length() && domain.length() < MAX_DOMAIN) {
            char c = s.charAt(d);
            if (isDomainChar(c)) {
                d++;
            } else if (c == '。') {
                c = '.'; // the ideographic full stop as a domain's dot (zhangsan@qq。com); ． is folded to . before
                d++;
            } else if ((c == '(' || c == '[') && isWord(d + 1, "dot", c == '(' ? ')' : ']')) {
                c = '.';
                d += 5;
            } else {
                break;
            }
            endOf[domain.length()] = d;
            domain.append(Character.toLowerCase(c));
        }
        while (domain.length() > 0 && (domain.charAt(domain.length() - 1) == '.'
                || domain.charAt(domain.length() - 1) == '-')) {
            domain.setLength(domain.length() - 1); // the full stop after an address is not part of it
        }
        String host = domain.toString();
        if (host.indexOf('.') < 0 || !FreeMail.is(host) || p.originalBetween(nameStart, from).endsWith("***")) {
            return; // an office's address, or the guard's own masked form (a***@qq.com)
        }
        String name = s.substring(nameStart, nameEnd);
        out.add(new Finding(Kind.EMAIL, p.start(nameStart), p.end(endOf[host.length() - 1] - 1),
                name.charAt(0) + "***@" + host, name.toLowerCase(Locale.ROOT) + "@" + host));
    }

    /** Whether {@code s[i]} starts {@code word} (any case) closed by {@code close}: the "at" of "(at)". */
    private boolean isWord(int i, String word, char close) {
        int end = i + word.length();
        return end < s.length() && s.regionMatches(true, i, word, 0, word.length()) && s.charAt(end) == close;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }
}
