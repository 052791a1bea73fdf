package org.disclose.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.model.figure.PartialDate;

/**
 * A date as the author wrote it: a day, optionally with a time of day. It is always a content date: the build clock
 * never produces one.
 */
public record ContentDate(LocalDate day, LocalTime time) implements Serializable, Comparable<ContentDate> {

    public static final String FORMAT = "YYYY-MM-DD or YYYY-MM-DDTHH:MM";
    private static final Pattern SHAPE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}))?");

    /** Parses {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM}; empty when the text is not a real date of that form. */
    public static Optional<ContentDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            LocalTime time = m.group(2) == null ? null : LocalTime.parse(m.group(2));
            return Optional.of(new ContentDate(day, time));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The day an as-of date counts things at: its last day (a month's 30th or 31st, a year's December 31). */
    public static ContentDate countedAt(PartialDate asOf) {
        return new ContentDate(asOf.last(), null);
    }

    /** The first day of a partial date: the one day it surely has reached (null stays null). */
    public static ContentDate surelyReached(PartialDate date) {
        return date == null ? null : new ContentDate(date.first(), null);
    }

    /** This day as a partial date, to compare with one by its rule (a time of day plays no part). */
    public PartialDate asPartial() {
        return PartialDate.day(day);
    }

    public LocalDateTime toDateTime() {
        return day.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    /** {@code 2023-05-10} or {@code 2023-05-10 09:30}: how the site shows it. */
    public String display() {
        return time == null ? day.toString() : day + " " + time;
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso() {
        return time == null ? day.toString() : day + "T" + time;
    }

    public int year() {
        return day.getYear();
    }

    @Override
    public int compareTo(ContentDate other) {
        return toDateTime().compareTo(other.toDateTime());
    }

    public boolean isBefore(ContentDate other) {
        return compareTo(other) < 0;
    }
}
