package org.disclose.model;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working-day calendar (工作日): Monday to Friday, except public holidays, plus the weekend days made working
 * days (调休上班), as the State Council's yearly notice (国务院办公厅关于…部分节假日安排的通知) arranges them. Only the
 * years whose arrangement is known are {@linkplain #covers covered}; in any other year only weekends are days off,
 * which a caller must say (a holiday it cannot know of may lie in the period).
 *
 * <p>Two ways of counting, both used by notices and rules about publication:
 * <ul>
 * <li>{@link #plusWorkingDays}: a period "from D for n working days" counts D itself when D is a working day, so the
 * period's last day is the n-th working day on or after D;</li>
 * <li>{@link #workingDaysBetween}: the working days after a, up to and including b (the day a itself is not counted,
 * as in "published within 20 working days of its date").</li>
 * </ul>
 */
public final class WorkingCalendar {

    /** One year's arrangement: its holidays (放假) and its make-up working days (调休上班). */
    public record Year(int year, Set<LocalDate> holidays, Set<LocalDate> workdays) implements Serializable {

        public Year {
            holidays = Set.copyOf(holidays);
            workdays = Set.copyOf(workdays);
        }
    }

    /** No year known: weekends only. */
    public static final WorkingCalendar NONE = new WorkingCalendar(Map.of());

    private final Map<Integer, Year> years;

    private WorkingCalendar(Map<Integer, Year> years) {
        this.years = Map.copyOf(years);
    }

    /** A calendar of these years' arrangements. */
    public static WorkingCalendar of(Iterable<Year> years) {
        Map<Integer, Year> byYear = new TreeMap<>();
        for (Year y : years) {
            byYear.put(y.year(), y);
        }
        return new WorkingCalendar(byYear);
    }

    /** This calendar with the years of {@code others}: a year in both is {@code others}' alone (it replaces). */
    public WorkingCalendar replacedBy(WorkingCalendar others) {
        Map<Integer, Year> merged = new TreeMap<>(years);
        merged.putAll(others.years);
        return new WorkingCalendar(merged);
    }

    /** Whether {@code year}'s holidays are known. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** Whether every year from {@code from}'s to {@code to}'s is covered. */
    public boolean covers(LocalDate from, LocalDate to) {
        return firstUncovered(from, to).isEmpty();
    }

    /** The first year from {@code from}'s to {@code to}'s whose holidays are not known, if any. */
    public OptionalInt firstUncovered(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            if (!covers(y)) {
                return OptionalInt.of(y);
            }
        }
        return OptionalInt.empty();
    }

    /** The years covered, oldest first. */
    public Set<Integer> years() {
        return new TreeMap<>(years).keySet();
    }

    /**
     * Monday to Friday unless a holiday; Saturday or Sunday only when a make-up working day. A date may be listed by
     * the arrangement of a neighbouring year (元旦 of 2023 began on 2022-12-31), so every year's lists are asked.
     */
    public boolean isWorkingDay(LocalDate date) {
        for (Year y : years.values()) {
            if (y.workdays().contains(date)) {
                return true;
            }
            if (y.holidays().contains(date)) {
                return false;
            }
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period that starts on {@code start} and lasts {@code n} working days (n ≥ 1): the n-th working
     * day counting {@code start} itself when it is one. {@code n} below 1 gives {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, long n) {
        LocalDate d = start;
        long counted = isWorkingDay(d) ? 1 : 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The working days after {@code a}, up to and including {@code b}; negative, counted the same way from b to a,
     * when b is before a.
     */
    public long workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        long n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
