package org.disclose.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ContentDate;
import org.disclose.model.WorkingCalendar;
import org.disclose.text.Fields;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;

/**
 * The working-day calendar: the years Disclose ships ({@code holidays.yaml} beside this class), replaced year by year
 * by those of {@code content/calendar.yaml}. Both are lists of years, each with its {@code holidays} (dates, or
 * mappings of a {@code date} or a {@code from}–{@code to} range, with an optional {@code name}) and {@code workdays}
 * (the make-up working days, 调休上班).
 */
public final class CalendarReader {

    static final String FILE = "calendar.yaml";
    private static final String SHIPPED = "holidays.yaml";
    /** The longest holiday a range may give: the longest ever arranged was 10 days (春节 2020, extended). */
    static final int MAX_RANGE_DAYS = 31;

    private CalendarReader() {
    }

    /** The shipped years, replaced by those of {@code content/calendar.yaml} when it lists them. */
    public static WorkingCalendar read(ContentFiles files, Diagnostics diagnostics) {
        List<WorkingCalendar.Year> own = years(DataFile.records(files, files.file(FILE), "the calendar year",
                diagnostics), diagnostics);
        return shipped(diagnostics).replacedBy(WorkingCalendar.of(own));
    }

    /** The years Disclose ships; a fault in them is reported at the resource, as any file's would be. */
    public static WorkingCalendar shipped(Diagnostics diagnostics) {
        diagnostics.addAll(Shipped.FOUND);
        return Shipped.CALENDAR;
    }

    /** The shipped years never change while Disclose runs: read once, not at every build of a preview. */
    private static final class Shipped {
        static final Diagnostics FOUND = new Diagnostics();
        static final WorkingCalendar CALENDAR = parseShipped(FOUND);
    }

    private static WorkingCalendar parseShipped(Diagnostics diagnostics) {
        String text;
        try (InputStream in = CalendarReader.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                diagnostics.error(SourcePos.file(SHIPPED), "the shipped working-day calendar is missing");
                return WorkingCalendar.NONE;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error(SourcePos.file(SHIPPED), "the shipped working-day calendar cannot be read: "
                    + e.getMessage());
            return WorkingCalendar.NONE;
        }
        Optional<YNode> root = YamlParser.parse(text, SHIPPED, 0, diagnostics);
        if (root.isEmpty() || !(root.get() instanceof YNode.Sequence seq)) {
            root.ifPresent(r -> diagnostics.error(r.pos(), SHIPPED + " must be a list of years"));
            return WorkingCalendar.NONE;
        }
        List<Fields> records = new ArrayList<>();
        for (YNode item : seq.items()) {
            Fields.of(item, diagnostics, "the calendar year").ifPresent(records::add);
        }
        return WorkingCalendar.of(years(records, diagnostics));
    }

    static List<WorkingCalendar.Year> years(List<Fields> records, Diagnostics diagnostics) {
        List<WorkingCalendar.Year> out = new ArrayList<>();
        Map<Long, SourcePos> seen = new HashMap<>();
        for (Fields f : records) {
            Long year = f.integer("year");
            if (year == null) {
                if (!f.has("year")) {
                    f.missing("year");
                }
                f.reportUnknown();
                continue;
            }
            if (year < 1949 || year > 2200) {
                diagnostics.error(f.posOf("year"), "year " + year + " is not a calendar year: write it as YYYY");
                f.reportUnknown();
                continue;
            }
            SourcePos earlier = seen.putIfAbsent(year, f.posOf("year"));
            if (earlier != null) {
                diagnostics.error(f.posOf("year"), "year " + year + " is listed twice (first at line "
                        + earlier.line() + "): give each year's holidays and workdays once");
            }
            int y = year.intValue();
            Set<LocalDate> holidays = holidays(f, y, diagnostics);
            Set<LocalDate> workdays = workdays(f, y, holidays, diagnostics);
            f.reportUnknown();
            if (earlier == null) {
                out.add(new WorkingCalendar.Year(y, holidays, workdays));
            }
        }
        return out;
    }

    private static Set<LocalDate> holidays(Fields f, int year, Diagnostics diagnostics) {
        Set<LocalDate> out = new LinkedHashSet<>();
        for (YNode item : items(f, "holidays", diagnostics)) {
            if (item instanceof YNode.Scalar s) {
                day(s, "holidays", year, diagnostics).ifPresent(out::add);
                continue;
            }
            Optional<Fields> h = Fields.of(item, diagnostics, "the holiday");
            if (h.isEmpty()) {
                continue;
            }
            Fields r = h.get();
            r.string("name");
            if (r.has("date")) {
                if (r.has("from") || r.has("to")) {
                    diagnostics.error(r.posOf("date"), "a holiday gives either 'date' or 'from' and 'to', not both");
                }
                day(r, "date", year, diagnostics).ifPresent(out::add);
            } else if (r.has("from") || r.has("to")) {
                range(r, year, diagnostics, out);
            } else {
                diagnostics.error(r.pos(), "a holiday needs 'date', or 'from' and 'to'");
            }
            r.reportUnknown();
        }
        return out;
    }

    private static void range(Fields r, int year, Diagnostics diagnostics, Set<LocalDate> out) {
        if (!r.has("from") || !r.has("to")) {
            r.missing(r.has("from") ? "to" : "from");
            return;
        }
        Optional<LocalDate> from = day(r, "from", year, diagnostics);
        Optional<LocalDate> to = day(r, "to", year, diagnostics);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        if (to.get().isBefore(from.get())) {
            diagnostics.error(r.posOf("to"), "to " + to.get() + " is before from " + from.get());
            return;
        }
        if (from.get().plusDays(MAX_RANGE_DAYS).isBefore(to.get().plusDays(1))) {
            diagnostics.error(r.posOf("to"), "a holiday of more than " + MAX_RANGE_DAYS + " days is no "
                    + "arrangement: give each holiday's own days");
            return;
        }
        for (LocalDate d = from.get(); !d.isAfter(to.get()); d = d.plusDays(1)) {
            out.add(d);
        }
    }

    private static Set<LocalDate> workdays(Fields f, int year, Set<LocalDate> holidays, Diagnostics diagnostics) {
        Set<LocalDate> out = new LinkedHashSet<>();
        for (YNode item : items(f, "workdays", diagnostics)) {
            if (!(item instanceof YNode.Scalar s)) {
                diagnostics.error(item.pos(), "each item of 'workdays' must be a date, not " + item.kind());
                continue;
            }
            Optional<LocalDate> d = day(s, "workdays", year, diagnostics);
            if (d.isEmpty()) {
                continue;
            }
            DayOfWeek w = d.get().getDayOfWeek();
            if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
                diagnostics.error(s.pos(), d.get() + " is a weekday, a working day anyway: a make-up working day "
                        + "(调休上班) is a Saturday or a Sunday");
            } else if (holidays.contains(d.get())) {
                diagnostics.error(s.pos(), d.get() + " is both a holiday and a make-up working day");
            } else {
                out.add(d.get());
            }
        }
        return out;
    }

    /** The items of a list field; a single value is a list of one. */
    private static List<YNode> items(Fields f, String key, Diagnostics diagnostics) {
        Optional<YNode> n = f.node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof YNode.Sequence seq) {
            return seq.items();
        }
        if (n.get() instanceof YNode.Scalar) {
            return List.of(n.get());
        }
        diagnostics.error(n.get().pos(), "'" + key + "' of the calendar year must be a list, not " + n.get().kind());
        return List.of();
    }

    private static Optional<LocalDate> day(Fields r, String key, int year, Diagnostics diagnostics) {
        Optional<YNode> n = r.node(key);
        if (n.isPresent() && n.get() instanceof YNode.Scalar s) {
            return day(s, key, year, diagnostics);
        }
        n.ifPresent(v -> diagnostics.error(v.pos(), "'" + key + "' must be a date, not " + v.kind()));
        return Optional.empty();
    }

    /**
     * A day of {@code year}'s arrangement: in that year, or in the December before or the January after (元旦 of
     * 2023 was arranged from 2022-12-31).
     */
    private static Optional<LocalDate> day(YNode.Scalar s, String key, int year, Diagnostics diagnostics) {
        Optional<ContentDate> d = ContentDate.parse(s.text());
        if (s.isNull() || d.isEmpty() || d.get().time() != null) {
            diagnostics.error(s.pos(), "'" + key + "' is not a valid date: '" + (s.isNull() ? "" : s.text())
                    + "'; write it as YYYY-MM-DD");
            return Optional.empty();
        }
        LocalDate day = d.get().day();
        if (!day.isAfter(LocalDate.of(year - 1, 11, 30)) || !day.isBefore(LocalDate.of(year + 1, 2, 1))) {
            diagnostics.error(s.pos(), day + " is not in " + year + " (or the December before or the January "
                    + "after): list it under its own year");
            return Optional.empty();
        }
        return Optional.of(day);
    }
}
