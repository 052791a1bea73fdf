package org.disclose.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.disclose.config.SiteConfig;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Bulletin;
import org.disclose.model.Content;
import org.disclose.model.ContentDate;
import org.disclose.model.Disclosure;
import org.disclose.model.History;
import org.disclose.model.IndexNumbers;
import org.disclose.model.PublicationRecord;
import org.disclose.model.Release;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;

/**
 * The releases against the publication record ({@code content/published.yaml}): a recorded page keeps its 索引号 and,
 * unless a change note explains it, its 发布时间 (bulletins, and typical cases and tasks that give a {@code date}, are
 * recorded and held to it too, without an 索引号); an 索引号 is never given to two pages; a release not yet recorded
 * gets the next 索引号 of its year when the site has an organisation code. Returns the content with every release's
 * disclosure facts complete (索引号, the site's 发布机构 by default) and the entries a build would add.
 */
public final class PublicationRecords {

    /** @param added the entries of the releases published for the first time, in the order they are recorded */
    public record Result(Content content, List<PublicationRecord.Entry> added) {
    }

    private PublicationRecords() {
    }

    /**
     * @param recordable whether a release is published for good: neither a draft nor dated after today. The others
     *                   are shown with the numbers they would get, after those of the recordable ones.
     */
    public static Result apply(Content content, PublicationRecord record, SiteConfig.Disclosure settings,
                               Predicate<Release> recordable, Diagnostics diagnostics) {
        Map<String, PublicationRecord.Entry> recorded = record.byIndexNumber();
        Map<String, Release> given = new HashMap<>();
        Map<Release, String> numbers = new java.util.IdentityHashMap<>();
        List<Release> unnumbered = new ArrayList<>();
        for (Release r : content.releases()) {
            String explicit = r.disclosure().indexNumber();
            SourcePos at = r.where().of("indexNumber");
            PublicationRecord.Entry entry = record.byPath(r.path()).orElse(null);
            if (explicit != null) {
                Release other = given.putIfAbsent(explicit, r);
                if (other != null) {
                    diagnostics.error(at, "indexNumber " + explicit + " is also given to " + other.where().path()
                            + ": an index number is never given to two pages");
                }
            }
            if (entry != null) {
                honestDate(r, entry, diagnostics);
                if (entry.indexNumber() != null && explicit != null && !explicit.equals(entry.indexNumber())) {
                    diagnostics.error(at, "indexNumber " + explicit + " differs from " + entry.indexNumber()
                            + ", which " + r.path() + " was published with (" + entry.pos() + "): an index number "
                            + "never changes");
                } else if (entry.indexNumber() == null && explicit != null) {
                    diagnostics.error(at, "indexNumber " + explicit + " is not in the publication record, which has "
                            + r.path() + " published without one (" + entry.pos() + "): add it to that entry in a "
                            + "reviewed change, or remove it here");
                }
                numbers.put(r, entry.indexNumber());
                continue;
            }
            if (explicit != null) {
                PublicationRecord.Entry holder = recorded.get(explicit);
                if (holder != null) {
                    diagnostics.error(at, "indexNumber " + explicit + " is recorded for " + holder.path() + " ("
                            + holder.pos() + "): an index number is never given to two pages");
                }
                numbers.put(r, explicit);
            } else if (settings.organisationCode() != null) {
                unnumbered.add(r);
            }
        }
        assign(unnumbered, settings.organisationCode(), record, given.keySet(), recordable, numbers);
        List<Release> releases = new ArrayList<>();
        List<PublicationRecord.Entry> added = new ArrayList<>();
        for (Release r : content.releases()) {
            Disclosure d = r.disclosure().withIndexNumber(numbers.get(r));
            if (d.publisher() == null) {
                d = d.withPublisher(settings.publisher());
            }
            releases.add(r.withDisclosure(d));
            if (record.byPath(r.path()).isEmpty() && recordable.test(r)) {
                added.add(new PublicationRecord.Entry(r.path(), r.date(), numbers.get(r), r.where().origin()));
            }
        }
        for (DatedPage page : datedPages(content)) {
            PublicationRecord.Entry entry = record.byPath(page.path()).orElse(null);
            if (entry != null) {
                honestDate(page.path(), page.published(), page.history(), page.datePos(), entry, diagnostics);
            } else {
                added.add(new PublicationRecord.Entry(page.path(), page.published(), null, page.origin()));
            }
        }
        added.sort(Comparator.comparing(PublicationRecord.Entry::published)
                .thenComparing(PublicationRecord.Entry::path));
        return new Result(content.withReleases(releases), added);
    }

    /**
     * The next serials of each year, after every number of the record and of the content: the releases published for
     * good first, then the others, each by date and slug.
     */
    private static void assign(List<Release> unnumbered, String code, PublicationRecord record,
                               Iterable<String> explicit, Predicate<Release> recordable, Map<Release, String> numbers) {
        Map<Integer, Integer> last = new HashMap<>();
        List<String> taken = new ArrayList<>(record.byIndexNumber().keySet());
        explicit.forEach(taken::add);
        unnumbered.sort(Comparator.comparing((Release r) -> !recordable.test(r)).thenComparing(Release::date)
                .thenComparing(Release::slug));
        for (Release r : unnumbered) {
            int year = r.date().year();
            int serial = last.computeIfAbsent(year, y -> highest(taken, code, y)) + 1;
            last.put(year, serial);
            numbers.put(r, IndexNumbers.format(code, year, serial));
        }
    }

    private static int highest(List<String> taken, String code, int year) {
        int max = 0;
        for (String n : taken) {
            OptionalInt s = IndexNumbers.serial(n, code, year);
            if (s.isPresent()) {
                max = Math.max(max, s.getAsInt());
            }
        }
        return max;
    }

    /** A bulletin, or a typical case or task that gives its 发布时间: recorded like a release, without an 索引号. */
    private record DatedPage(String path, ContentDate published, History history, SourcePos datePos,
                             SourcePos origin) {
    }

    private static List<DatedPage> datedPages(Content content) {
        List<DatedPage> pages = new ArrayList<>();
        for (TypicalCase c : content.cases()) {
            if (c.history().published() != null) {
                pages.add(new DatedPage(c.path(), c.history().published(), c.history(), c.history().where().of("date"),
                        c.where().origin()));
            }
        }
        for (Bulletin b : content.bulletins()) { // no change notes: a moved date can only be restored
            pages.add(new DatedPage(b.path(), new ContentDate(b.date(), null), History.NONE, b.where().of("date"),
                    b.where().origin()));
        }
        for (Task t : content.tasks()) {
            if (t.history().published() != null) {
                pages.add(new DatedPage(t.path(), t.history().published(), t.history(), t.history().where().of("date"),
                        t.where().origin()));
            }
        }
        return pages;
    }

    private static void honestDate(Release r, PublicationRecord.Entry entry, Diagnostics diagnostics) {
        honestDate(r.path(), r.date(), r.history(), r.where().of("date"), entry, diagnostics);
    }

    /** 发布时间 never changes silently: a date other than the recorded one needs a change note that explains it. */
    private static void honestDate(String path, ContentDate date, History history, SourcePos at,
                                   PublicationRecord.Entry entry, Diagnostics diagnostics) {
        if (entry.published().equals(date) || PublicationRecord.explainsNewDate(history)) {
            return;
        }
        diagnostics.error(at, "date " + date.display() + " is not the 发布时间 " + path + " was published with, "
                + entry.published().display() + " (" + entry.pos() + "): restore it, or explain the new date in a "
                + "change note (changes:) that names 发布时间");
    }
}
