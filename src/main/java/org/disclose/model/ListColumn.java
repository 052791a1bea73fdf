package org.disclose.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.disclose.model.figure.PartialDate;

/**
 * The site's columns (栏目) that list records, when each has something to list, and the dates its records give. A
 * column with nothing in it is an empty page at best: the rules for government websites (国办发〔2017〕47号) count a
 * column without content against a site, so a link of the navigation or the footer to one is an error (issue 18).
 */
public enum ListColumn {
    RELEASES("progress releases", "content/releases/*.md",
            c -> c.releases().stream().anyMatch(r -> !r.withdrawn()),
            c -> c.releases().stream().filter(r -> !r.withdrawn()).map(Release::lastModified)),
    TASKS("rectification tasks", "content/tasks/", c -> c.tasks().stream().anyMatch(t -> !t.withdrawn()),
            c -> c.tasks().stream().filter(t -> !t.withdrawn())
                    .flatMap(t -> Stream.concat(t.progress().stream().map(ProgressEntry::date),
                            Stream.of(t.history().lastModified())))),
    CASES("typical cases", "content/cases/*.md", c -> c.cases().stream().anyMatch(x -> !x.withdrawn()),
            c -> c.cases().stream().filter(x -> !x.withdrawn()).map(x -> x.history().lastModified())),
    BULLETINS("complaint bulletins", "content/bulletins/*.md", c -> !c.bulletins().isEmpty(),
            ListColumn::bulletinDates),
    COMPLAINTS("complaint cases or declared complaint figures", "content/complaints/ or content/bulletins/*.md",
            ListColumn::hasComplaints,
            c -> Stream.concat(c.complaints().stream().map(ComplaintBatch::assigned), bulletinDates(c))),
    INDICATORS("indicators", "content/indicators/*.yaml", c -> !c.indicators().isEmpty(),
            c -> c.indicators().stream().flatMap(i -> i.series().stream())
                    .map(p -> PartialDate.parse(p.period()).map(d -> new ContentDate(d.last(), null)).orElse(null))),
    ACCOUNTABILITY("accountability records", "content/accountability.yaml", c -> !c.accountability().isEmpty(),
            c -> c.accountability().stream()
                    .map(a -> a.asOfDate() == null ? null : new ContentDate(a.asOfDate().last(), null)));

    private final String records;
    private final String where;
    private final Predicate<Content> listsAnything;
    private final Function<Content, Stream<ContentDate>> dates;

    ListColumn(String records, String where, Predicate<Content> listsAnything,
               Function<Content, Stream<ContentDate>> dates) {
        this.records = records;
        this.where = where;
        this.listsAnything = listsAnything;
        this.dates = dates;
    }

    /** What the column lists, in the plural, for messages: "typical cases". */
    public String records() {
        return records;
    }

    /** Where its records are written: "content/cases/*.md". */
    public String where() {
        return where;
    }

    /** Whether the column's list has anything in it: a record not withdrawn (drafts and future releases are not read). */
    public boolean isEmpty(Content content) {
        return !listsAnything.test(content);
    }

    /** The dates its listed records give, for how recent the column is ({@link Freshness}); null where one gives none. */
    public Stream<ContentDate> dates(Content content) {
        return dates.apply(content);
    }

    private static Stream<ContentDate> bulletinDates(Content c) {
        return c.bulletins().stream().map(b -> new ContentDate(b.date(), null));
    }

    /** Complaint tables, or a bulletin's latest declared complaint figures, which the overview then shows alone. */
    private static boolean hasComplaints(Content c) {
        if (!c.complaints().isEmpty()) {
            return true;
        }
        Set<String> rounds = new LinkedHashSet<>();
        c.rounds().forEach(r -> rounds.add(r.id()));
        c.bulletins().forEach(b -> rounds.add(b.round()));
        return rounds.stream().anyMatch(r -> !c.latestFigures(r).isEmpty());
    }
}
