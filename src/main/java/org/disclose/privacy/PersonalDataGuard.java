package org.disclose.privacy;

import org.disclose.privacy.ResidentId;
import org.disclose.privacy.PlainText;
import org.disclose.privacy.NumberFinder;
import org.disclose.privacy.MailFinder;
import org.disclose.privacy.Finding;
import org.disclose.privacy.PersonalDataGuard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Keeps citizens' personal data off the public site: a resident ID number (with a valid check digit and birth date),
 * a mainland mobile number, a bank card or account number next to a word that says so, a QQ number and a personal
 * e-mail address (at a free mail service) in any content, file name or derived output is an error, shown masked so
 * that the message itself does not spread it. Official numbers the site means to publish (hotlines, the objections
 * address of a closure notice) are listed in {@code site.yaml} and pass.
 *
 * <p>Texts are read as a reader sees them ({@link PlainText}): full-width and other compatibility forms folded,
 * entities decoded, invisible characters dropped; and a second time with the markup dropped too, so that emphasis or
 * an empty tag between digits does not hide a number. The numbers themselves may be grouped by spaces, dashes or
 * dots ({@link NumberFinder}); addresses are found by {@link MailFinder}. Every step is linear in the text.
 */
public final class PersonalDataGuard {

    /** Findings reported for one text at most; a file full of numbers is fixed a screen at a time. */
    static final int MAX_REPORTED = 100;
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Finding::end, Comparator.reverseOrder()).thenComparing(Finding::kind);

    /** Canonical forms ({@link Finding#value}) of the numbers and addresses the site publishes on purpose. */
    private final Set<String> allowed = new HashSet<>();

    /** @param allowed numbers and addresses the site publishes on purpose, written in any of the ways content may */
    public PersonalDataGuard(List<String> allowed) {
        for (String a : allowed) {
            if (a == null) {
                continue;
            }
            for (Finding f : all(a)) {
                this.allowed.add(f.value());
            }
            String plain = PlainText.of(a, false).text();
            StringBuilder digits = new StringBuilder();
            plain.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
            this.allowed.add(digits.toString()); // a QQ or account number written on its own, without its word
            this.allowed.add(plain.replace(" ", "").toLowerCase(Locale.ROOT));
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
     * Scans the name of an author's file, which becomes a page's address (and so the sitemap's and the feed's):
     * findings are reported at the file, whose shown name the messages mask.
     */
    public void scanName(String shownPath, Diagnostics diagnostics) {
        SourcePos file = SourcePos.file(shownPath);
        int slash = shownPath.lastIndexOf('/');
        String name = shownPath.substring(slash + 1);
        List<Finding> found = findings(name);
        for (int i = 0; i < Math.min(found.size(), MAX_REPORTED); i++) {
            Finding f = found.get(i);
            diagnostics.error(file, f.kind().what() + " (" + f.masked() + ") is in this file's name, which becomes "
                    + "the page's address, the sitemap's and the feed's: rename the file");
        }
    }

    /**
     * Scans an address the site publishes (a page's or a copied file's), which the build makes from file names,
     * ids and folders: findings are reported at {@code source}, the content it comes from.
     */
    public void scanAddress(String address, SourcePos source, Diagnostics diagnostics) {
        List<Finding> found = findings(address);
        for (int i = 0; i < Math.min(found.size(), MAX_REPORTED); i++) {
            Finding f = found.get(i);
            diagnostics.error(source, f.kind().what() + " (" + f.masked() + ") would be in the published address /"
                    + address + ": change the file name or id it is made from (" + remedy(f) + ")");
        }
    }

    /**
     * Scans a file the build derives from the content (the search index, the sitemap, the feed, the open data),
     * which can join what no single text holds. Findings are reported at their place in that file, {@code name}
     * relative to the output folder.
     */
    public void scanOutput(String text, String name, Diagnostics diagnostics) {
        Locator at = new Locator(text, SourcePos.file(name));
        List<Finding> found = findings(text);
        for (int i = 0; i < Math.min(found.size(), MAX_REPORTED); i++) {
            Finding f = found.get(i);
            diagnostics.error(at.pos(f.start()), f.kind().what() + " (" + f.masked() + ") would be published in "
                    + name + ", which the build derives from the content: find the text it comes from and change it ("
                    + remedy(f) + ")");
        }
    }

    /**
     * What a text that is published whole but read apart from the content (an attachment's cell or paragraph) holds
     * that must not be published: each finding as its kind and masked form, {@code a mobile number (138****5678)},
     * at most {@link #MAX_REPORTED}.
     */
    public List<String> described(String text) {
        return described(text, SourcePos.file("")).stream().map(Described::what).toList();
    }

    /** As {@link #described(String)}, each with where it starts, the text's first character being at {@code start}. */
    public List<Described> described(String text, SourcePos start) {
        Locator at = new Locator(text, start);
        return findings(text).stream().limit(MAX_REPORTED)
                .map(f -> new Described(at.pos(f.start()), f.kind().what() + " (" + f.masked() + ")")).toList();
    }

    /** A finding as its kind and masked form, {@code a mobile number (138****5678)}, and where it starts. */
    public record Described(SourcePos pos, String what) {
    }

    private static String remedy(Finding f) {
        String m = f.kind().message(f.masked());
        return m.substring(m.indexOf(": ") + 2);
    }

    /**
     * {@code text} with each finding replaced by the masked form the guard's own messages show, so that any other
     * message quoting content (a bad value, an unknown key, a file name) does not spread what the guard reports.
     * Allowed contacts stay as written; a text without findings is returned as it is. The guard's own messages come
     * out unchanged, as their masked forms are findings no more.
     */
    public String mask(String text) {
        List<Finding> found = findings(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        for (Finding f : found) {
            if (f.end() <= done) {
                continue; // inside one masked already
            }
            // one that starts inside the previous finding but runs on past it ("138 1234 5678abc@qq.com") is
            // masked in full after it: better twice masked than a piece of an address left
            out.append(text, done, Math.max(done, f.start())).append(f.masked());
            done = f.end();
        }
        return out.append(text, done, text.length()).toString();
    }

    private static void report(List<Finding> found, Locator at, Diagnostics diagnostics) {
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            if (i == MAX_REPORTED) {
                diagnostics.error(at.pos(f.start()), "more than " + MAX_REPORTED + " personal numbers or addresses "
                        + "in this text: remove the ones reported, then build again to see the rest");
                return;
            }
            diagnostics.error(at.pos(f.start()), f.kind().message(f.masked()));
        }
    }

    /** What the text holds that must not be published and is not allowed, in the order of the text. */
    private List<Finding> findings(String text) {
        List<Finding> found = all(text);
        if (!found.isEmpty() && !allowed.isEmpty()) {
            found.removeIf(f -> allowed.contains(f.value()));
        }
        return found;
    }

    /**
     * Every finding of the text, allowed or not, sorted by place, each once: of two that overlap, one inside the
     * other (a mobile number inside an address, the same number found with and without the markup) is dropped.
     */
    private static List<Finding> all(String text) {
        List<Finding> found = new ArrayList<>();
        if (text.length() < 5) {
            return found;
        }
        look(PlainText.of(text, false), found);
        if (PlainText.hasMarkup(text)) {
            look(PlainText.of(text, true), found);
        }
        if (found.size() < 2) {
            return found;
        }
        found.sort(ORDER);
        List<Finding> kept = new ArrayList<>(found.size());
        int reach = -1;
        for (Finding f : found) {
            if (f.end() <= reach) {
                continue; // inside one kept before, which starts no later and ends no sooner
            }
            kept.add(f);
            reach = f.end();
        }
        return kept;
    }

    private static void look(PlainText plain, List<Finding> found) {
        NumberFinder.find(plain, found);
        MailFinder.find(plain, found);
    }

    static String maskId(String id) {
        return ResidentId.mask(id);
    }

    /** Turns offsets into line and column, walking forward only (findings come in order). */
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
