package org.disclose.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The site's columns (栏目) that list records, and when each has something to list. A column with nothing in it is
 * an empty page at best: the rules for government websites (国办发〔2017〕47号) count a column without content
 * against a site, so a link of the navigation or the footer to one is an error (issue 18).
 */
public enum ListColumn {
    RELEASES("progress releases", "content/releases/*.md",
            c -> c.releases().stream().anyMatch(r -> !r.withdrawn())),
    TASKS("rectification tasks", "content/tasks/", c -> c.tasks().stream().anyMatch(t -> !t.withdrawn())),
    CASES("typical cases", "content/cases/*.md", c -> c.cases().stream().anyMatch(x -> !x.withdrawn())),
    INDICATORS("indicators", "content/indicators/*.yaml", c -> !c.indicators().isEmpty()),
    COMPLAINTS("complaint cases or declared complaint figures", "content/complaints/ or content/bulletins/*.md",
            ListColumn::hasComplaints),
    BULLETINS("complaint bulletins", "content/bulletins/*.md", c -> !c.bulletins().isEmpty()),
    ACCOUNTABILITY("accountability records", "content/accountability.yaml", c -> !c.accountability().isEmpty());

    private final String records;
    private final String where;
    private final Predicate<Content> listsAnything;

    ListColumn(String records, String where, Predicate<Content> listsAnything) {
        this.records = records;
        this.where = where;
        this.listsAnything = listsAnything;
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
