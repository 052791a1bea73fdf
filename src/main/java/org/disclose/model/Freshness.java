package org.disclose.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How recent each column (栏目) is against the windows of the inspection of government websites: a column not updated
 * within them counts as stale (不更新), the home page and 整改进展 within two weeks, every other list within six months.
 * Measured against a day the caller gives (today, for {@code disclose check --freshness}); a build never asks.
 */
public final class Freshness {

    public static final Period SHORT = Period.ofWeeks(2);
    public static final Period LONG = Period.ofMonths(6);

    /**
     * One column ({@code column} null for the home page), its newest item's date (null when it has items but none
     * gives a date, which the report says rather than guess), the window it must be updated within, and whether
     * {@code today} is past it.
     */
    public record ColumnAge(ListColumn column, LocalDate newest, Period window, boolean stale) implements Serializable {
    }

    private Freshness() {
    }

    /** Every column that has items, home page first; an empty column is a matter for the build, not for this. */
    public static List<ColumnAge> of(Content c, LocalDate today) {
        List<ColumnAge> ages = new ArrayList<>();
        List<LocalDate> all = new ArrayList<>();
        for (ListColumn column : ListColumn.values()) {
            if (column.isEmpty(c)) {
                continue;
            }
            Period window = column == ListColumn.RELEASES ? SHORT : LONG;
            Optional<LocalDate> newest = newest(column.dates(c));
            newest.ifPresent(all::add);
            ages.add(newest.map(d -> age(column, d, window, today)).orElse(new ColumnAge(column, null, window, false)));
        }
        all.stream().max(LocalDate::compareTo).ifPresent(d -> ages.add(0, age(null, d, SHORT, today)));
        return List.copyOf(ages);
    }

    public static long stale(Collection<ColumnAge> ages) {
        return ages.stream().filter(ColumnAge::stale).count();
    }

    private static Optional<LocalDate> newest(Stream<ContentDate> dates) {
        return dates.filter(Objects::nonNull).map(ContentDate::day).max(LocalDate::compareTo);
    }

    private static ColumnAge age(ListColumn column, LocalDate newest, Period window, LocalDate today) {
        return new ColumnAge(column, newest, window, newest.plus(window).isBefore(today));
    }
}
