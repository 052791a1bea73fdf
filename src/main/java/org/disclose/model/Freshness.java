package org.disclose.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclose.model.figure.PartialDate;

/**
 * How recent each column (栏目) is against the windows of the inspection of government websites: a column not updated
 * within them counts as stale (不更新), the home page and 整改进展 within two weeks, every other list within six months.
 * Measured against a day the caller gives (today, for {@code disclose check --freshness}); a build never asks.
 */
public final class Freshness {

    public static final Period SHORT = Period.ofWeeks(2);
    public static final Period LONG = Period.ofMonths(6);

    /**
     * One column: its site path ({@code ""} for the home page), its newest item's date (null when it has items but
     * none gives a date, which the report says rather than guess), the window it must be updated within, and whether
     * {@code today} is past it.
     */
    public record ColumnAge(String path, LocalDate newest, Period window, boolean stale) {
    }

    private Freshness() {
    }

    /** Every column that has items, home page first; an empty column is a matter for the build, not for this. */
    public static List<ColumnAge> of(Content c, LocalDate today) {
        List<ColumnAge> ages = new ArrayList<>();
        List<Optional<LocalDate>> all = new ArrayList<>();
        List<Release> releases = c.releases().stream().filter(r -> !r.withdrawn()).toList();
        add(ages, all, "releases/", SHORT, today, releases.size(), releases.stream().map(Release::lastModified));
        List<Task> tasks = c.tasks().stream().filter(t -> !t.withdrawn()).toList();
        add(ages, all, "tasks/", LONG, today, tasks.size(), tasks.stream()
                .flatMap(t -> Stream.concat(t.progress().stream().map(ProgressEntry::date),
                        Stream.of(t.history().lastModified()))));
        List<TypicalCase> cases = c.cases().stream().filter(x -> !x.withdrawn()).toList();
        add(ages, all, "cases/", LONG, today, cases.size(), cases.stream().map(x -> x.history().lastModified()));
        add(ages, all, "bulletins/", LONG, today, c.bulletins().size(),
                c.bulletins().stream().map(b -> new ContentDate(b.date(), null)));
        add(ages, all, "complaints/", LONG, today, c.complaints().size() + c.bulletins().size(),
                Stream.concat(c.complaints().stream().map(ComplaintBatch::assigned),
                        c.bulletins().stream().map(b -> new ContentDate(b.date(), null))));
        add(ages, all, "indicators/", LONG, today, c.indicators().size(), c.indicators().stream()
                .flatMap(i -> i.series().stream())
                .map(p -> PartialDate.parse(p.period()).map(d -> new ContentDate(d.last(), null)).orElse(null)));
        add(ages, all, "accountability/", LONG, today, c.accountability().size(), c.accountability().stream()
                .map(a -> a.asOfDate() == null ? null : new ContentDate(a.asOfDate().last(), null)));
        Optional<LocalDate> home = newest(all.stream().flatMap(Optional::stream).map(d -> new ContentDate(d, null)));
        home.ifPresent(d -> ages.add(0, age("", d, SHORT, today)));
        return List.copyOf(ages);
    }

    public static long stale(Collection<ColumnAge> ages) {
        return ages.stream().filter(ColumnAge::stale).count();
    }

    private static void add(List<ColumnAge> ages, List<Optional<LocalDate>> all, String path, Period window,
                            LocalDate today, int items, Stream<ContentDate> dates) {
        if (items == 0) {
            return;
        }
        Optional<LocalDate> newest = newest(dates);
        all.add(newest);
        ages.add(newest.map(d -> age(path, d, window, today)).orElse(new ColumnAge(path, null, window, false)));
    }

    private static Optional<LocalDate> newest(Stream<ContentDate> dates) {
        return dates.filter(Objects::nonNull).map(ContentDate::day).max(LocalDate::compareTo);
    }

    private static ColumnAge age(String path, LocalDate newest, Period window, LocalDate today) {
        return new ColumnAge(path, newest, window, newest.plus(window).isBefore(today));
    }
}
