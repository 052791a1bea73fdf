package org.disclose.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Keeps citizens' personal data off the public site: a resident ID number (with a valid check digit), a mainland
 * mobile number or a personal e-mail address in any content is an error, shown masked so the message itself does
 * not spread it. Official numbers the site means to publish (hotlines, the objections address of a closure notice)
 * are listed in {@code site.yaml} and pass.
 */
public final class PersonalDataGuard {

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9+])(?:\\+?86[-\\s]?)?(1[3-9]\\d)[-\\s]?(\\d{4})[-\\s]?(\\d{4})(?![0-9@])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CODES = "10X98765432";
    /** Free mail services: an address there belongs to a person, not to an office. */
    private static final Set<String> PERSONAL_DOMAINS = Set.of("qq.com", "foxmail.com", "163.com", "126.com",
            "yeah.net", "sina.com", "sina.cn", "sohu.com", "139.com", "189.cn", "wo.cn", "aliyun.com", "gmail.com",
            "hotmail.com", "outlook.com", "live.com", "yahoo.com", "icloud.com", "me.com", "msn.com");

    private final Set<String> allowed = new HashSet<>();

    /** @param allowed numbers and addresses the site publishes on purpose */
    public PersonalDataGuard(List<String> allowed) {
        for (String a : allowed) {
            if (a != null) {
                this.allowed.add(normal(a));
            }
        }
    }

    /** Scans a whole text whose first character is at {@code start}. */
    public void scan(String text, SourcePos start, Diagnostics diagnostics) {
        report(findings(text), new Locator(text, start), diagnostics);
    }

    /** Scans one table cell; findings are reported at the cell (a spreadsheet cell has no finer position). */
    public void scanCell(String text, SourcePos cell, Diagnostics diagnostics) {
        report(findings(text), new Locator(text, cell) {
            @Override
            SourcePos pos(int offset) {
                return cell;
            }
        }, diagnostics);
    }

    /**
     * {@code text} with each finding replaced by the masked form the guard's own messages show, so that any other
     * message quoting content (a bad value, an unknown key) does not spread what the guard reports. Allowed
     * contacts stay as written; a text without findings is returned as it is. The guard's own messages come out
     * unchanged, as their masked forms are findings no more.
     */
    public String mask(String text) {
        List<Finding> found = findings(text);
        if (found.isEmpty()) {
            return text;
        }
        // by start, the longer first: a mailbox whose name is a mobile number is masked as the mailbox
        found.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::end, Comparator.reverseOrder()));
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        for (Finding f : found) {
            if (f.end() <= done) {
                continue; // inside one masked already (a mobile number in a mailbox's name)
            }
            // one that starts inside the previous finding but runs on past it ("138 1234 5678abc@qq.com") is
            // masked in full after it: better twice masked than a piece of an address left
            out.append(text, done, Math.max(done, f.start())).append(f.masked());
            done = f.end();
        }
        return out.append(text, done, text.length()).toString();
    }

    private static void report(List<Finding> found, Locator at, Diagnostics diagnostics) {
        for (Finding f : found) {
            diagnostics.error(at.pos(f.start()), f.kind().message(f.masked()));
        }
    }

    /** What the text holds that must not be published, not allowed, in the order: IDs, mobiles, addresses. */
    private List<Finding> findings(String text) {
        List<Finding> found = new ArrayList<>();
        if (text.length() < 6) { // the shortest address, a@b.cn, has six
            return found;
        }
        Candidates maybe = Candidates.of(text);
        if (maybe.id()) {
            ids(text, found);
        }
        if (maybe.mobile()) {
            mobiles(text, found);
        }
        if (maybe.email()) {
            emails(text, found);
        }
        return found;
    }

    private void ids(String text, List<Finding> found) {
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (validIdCheckDigit(m.group()) && !allowed.contains(normal(m.group()))) {
                found.add(new Finding(Kind.ID, m.start(), m.end(), maskId(m.group())));
            }
        }
    }

    private void mobiles(String text, List<Finding> found) {
        Matcher m = MOBILE.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3);
            if (!allowed.contains(digits) && !allowed.contains(normal(m.group()))) {
                found.add(new Finding(Kind.MOBILE, m.start(), m.end(), m.group(1) + "****" + m.group(3)));
            }
        }
    }

    private void emails(String text, List<Finding> found) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String domain = m.group(1).toLowerCase(Locale.ROOT);
            if (PERSONAL_DOMAINS.contains(domain) && !allowed.contains(normal(m.group()))) {
                found.add(new Finding(Kind.EMAIL, m.start(), m.end(), m.group().charAt(0) + "***@" + domain));
            }
        }
    }

    /** What the guard reports, and how its message says what to do about it. */
    private enum Kind {
        ID("a resident ID number", "remove it or replace it with a description such as 当事人"),
        MOBILE("a mobile number", "remove it, or if it is an official hotline add it to publicContacts in "
                + "content/site.yaml"),
        EMAIL("a personal e-mail address", "remove it, or if it is an official address add it to publicContacts "
                + "in content/site.yaml");

        private final String what;
        private final String remedy;

        Kind(String what, String remedy) {
            this.what = what;
            this.remedy = remedy;
        }

        String message(String masked) {
            return what + " (" + masked + ") must not be published: " + remedy;
        }
    }

    /** One finding: the characters {@code start} to {@code end} of the text, shown as {@code masked}. */
    private record Finding(Kind kind, int start, int end, String masked) {
    }

    /**
     * Which patterns can match at all, from one cheap pass: most texts (and nearly every message) have no 17-digit
     * run, no "1[3-9]d" and no '@', and skip the patterns.
     */
    private record Candidates(boolean id, boolean mobile, boolean email) {

        static Candidates of(String text) {
            int run = 0;
            int longest = 0;
            boolean mobileStart = false;
            boolean at = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    longest = Math.max(longest, ++run);
                    if (c == '1' && i + 2 < text.length() && text.charAt(i + 1) >= '3' && text.charAt(i + 1) <= '9'
                            && text.charAt(i + 2) >= '0' && text.charAt(i + 2) <= '9') {
                        mobileStart = true;
                    }
                } else {
                    run = 0;
                    at |= c == '@';
                }
            }
            return new Candidates(longest >= 17, mobileStart, at);
        }
    }

    static boolean validIdCheckDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK_CODES.charAt(sum % 11);
    }

    static String maskId(String id) {
        return id.substring(0, 4) + "*".repeat(10) + id.substring(14);
    }

    private static String normal(String s) {
        return s.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Turns offsets into line and column, walking forward only (matches come in order per pattern). */
    private static class Locator {
        private final String text;
        private final SourcePos start;
        private int offset;
        private int line;
        private int col;

        Locator(String text, SourcePos start) {
            this.text = text;
            this.start = start;
            reset();
        }

        private void reset() {
            offset = 0;
            line = start.line();
            col = start.col();
        }

        SourcePos pos(int target) {
            if (target < offset) {
                reset();
            }
            while (offset < target) {
                char c = text.charAt(offset++);
                if (c == '\n') {
                    line++;
                    col = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    col++; // columns count characters, as everywhere else, not UTF-16 units
                }
            }
            return new SourcePos(start.path(), line, col);
        }
    }
}
