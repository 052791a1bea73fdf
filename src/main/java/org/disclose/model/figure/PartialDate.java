package org.disclose.model.figure;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision the source gives it: a day (2023-05-10), a month (2023-04, shown 2023年4月) or a year
 * (2023, shown 2023年). It stands for the span of days it covers, from {@link #first()} to {@link #last()}.
 *
 * <p><b>How it compares with a day, or any other partial date.</b> Two dates are in a sure order only when their spans
 * do not overlap: 2023-04 is {@linkplain #surelyBefore surely before} 2023-05-01 and surely after 2023-03-31, while
 * 2023-04 and 2023-04-20 overlap, and neither is before the other. An order check ("the as-of date is not after the
 * publication date", "a later report has a later as-of date") must fail only on a sure disorder, so that a month
 * declared in good faith ("截至2023年4月", published 2023-04-28) is never rejected, and a plain wrong date (2023-05,
 * published 2023-04-28) always is.
 *
 * <p>As an as-of date ("截至2023年4月底"), a span means its last day: where things stood is read at {@link #last()}.
 *
 * <p>{@link #compareTo} is a total order for sorting only (the latest figures first or last): by last day, then by
 * first day, so that of a month and its last day the day sorts later. It is not an order check.
 */
public record PartialDate(LocalDate first, DatePrecision precision) implements Serializable, Comparable<PartialDate> {

    public static final String FORMAT = "YYYY-MM-DD, YYYY-MM or YYYY";
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> SORT = Comparator.comparing(PartialDate::last)
            .thenComparing(PartialDate::first);

    public PartialDate {
        if (first == null || precision == null) {
            throw new IllegalArgumentException("a partial date needs its first day and its precision");
        }
        if (precision != DatePrecision.DAY && first.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && first.getMonthValue() != 1) {
            throw new IllegalArgumentException(first + " does not start a " + precision.name().toLowerCase());
        }
    }

    public static PartialDate day(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    public static PartialDate month(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** Parses {@link #FORMAT}; empty when the text is not a real date of one of those forms. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = text == null ? null : SHAPE.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(year(year));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(month(year, month));
            }
            return Optional.of(day(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last day of the span: for an as-of date, the day things are counted at. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** Whether this span ends before the other begins: the only "before" an order check may rely on. */
    public boolean surelyBefore(PartialDate other) {
        return last().isBefore(other.first());
    }

    /** Whether this span begins after the other ends. */
    public boolean surelyAfter(PartialDate other) {
        return other.surelyBefore(this);
    }

    /** Whether the two spans share a day, so that neither is surely before the other. */
    public boolean overlaps(PartialDate other) {
        return !surelyBefore(other) && !surelyAfter(other);
    }

    /** As written in content: {@code 2023-05-10}, {@code 2023-04} or {@code 2023}. */
    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.valueOf(first.getYear());
        };
    }

    /**
     * For a message about an as-of date: {@code 2023-05-10}, or {@code 2023-04 (through 2023-04-30)}, so that an
     * author sees which day the records were counted at.
     */
    public String asOfText() {
        return precision == DatePrecision.DAY ? iso() : iso() + " (through " + last() + ")";
    }

    /**
     * A day as today ({@code 2023-05-10}), a month as {@code 2023年4月}, a year as 2023年: for messages. Pages take
     * 年 and 月 from the theme's strings instead (DateWords, in the views).
     */
    public String display() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.getYear() + "年" + first.getMonthValue() + "月";
            case YEAR -> first.getYear() + "年";
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return SORT.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
