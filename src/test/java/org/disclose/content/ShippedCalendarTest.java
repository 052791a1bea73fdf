package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.disclose.diag.Diagnostics;
import org.disclose.model.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The calendar Disclose ships, on days the State Council's notices arranged. */
class ShippedCalendarTest {

    private static final Diagnostics DIAGNOSTICS = new Diagnostics();
    private static final WorkingCalendar CAL = CalendarReader.shipped(DIAGNOSTICS);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void itReadsWithoutAProblemAndCoversTheYearsPublished() {
        assertEquals(List.of(), DIAGNOSTICS.sorted());
        assertEquals(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), CAL.years());
        assertFalse(CAL.covers(2019));
        assertFalse(CAL.covers(2027));
    }

    @Test
    void nationalDay2023IsOffAndTheWeekendAfterItIsWorked() {
        for (LocalDate x = d("2023-09-29"); !x.isAfter(d("2023-10-06")); x = x.plusDays(1)) {
            assertFalse(CAL.isWorkingDay(x), x.toString());
        }
        assertTrue(CAL.isWorkingDay(d("2023-09-28")));
        assertEquals(DayOfWeek.SATURDAY, d("2023-10-07").getDayOfWeek());
        assertTrue(CAL.isWorkingDay(d("2023-10-07")));
        assertTrue(CAL.isWorkingDay(d("2023-10-08")));
        assertFalse(CAL.isWorkingDay(d("2023-10-14")));
    }

    @Test
    void springFestivalMakeUpDaysAreWorked() {
        assertEquals(DayOfWeek.SUNDAY, d("2024-02-04").getDayOfWeek());
        assertTrue(CAL.isWorkingDay(d("2024-02-04")));
        assertTrue(CAL.isWorkingDay(d("2023-01-28")));
        assertTrue(CAL.isWorkingDay(d("2023-01-29")));
        assertFalse(CAL.isWorkingDay(d("2023-01-27")));
        assertTrue(CAL.isWorkingDay(d("2026-02-14")));
        assertFalse(CAL.isWorkingDay(d("2026-02-23")));
        assertTrue(CAL.isWorkingDay(d("2026-02-28")));
        // 2020's festival was extended to 02-02, and the make-up Saturday 02-01 with it
        assertFalse(CAL.isWorkingDay(d("2020-01-31")));
        assertFalse(CAL.isWorkingDay(d("2020-02-01")));
        assertTrue(CAL.isWorkingDay(d("2020-02-03")));
        // 元旦 of 2023 began on Saturday 2022-12-31, listed in 2023's arrangement
        assertFalse(CAL.isWorkingDay(d("2023-01-02")));
    }

    @Test
    void periodsAcrossNationalDayAndSpringFestival() {
        // 9-28, then 10-07, 10-08, 10-09, 10-10
        assertEquals(d("2023-10-10"), CAL.plusWorkingDays(d("2023-09-28"), 5));
        // 02-08, 02-09, 02-18 (Sunday, worked), 02-19, 02-20
        assertEquals(d("2024-02-20"), CAL.plusWorkingDays(d("2024-02-08"), 5));
        // from a holiday: 10-07 is the first working day
        assertEquals(d("2023-10-07"), CAL.plusWorkingDays(d("2023-10-01"), 1));
        assertEquals(4, CAL.workingDaysBetween(d("2023-09-28"), d("2023-10-10")));
        // 20 working days after 2025-01-20 (春节 01-28 to 02-04, 01-26 and 02-08 worked) is 2025-02-21
        assertEquals(20, CAL.workingDaysBetween(d("2025-01-20"), d("2025-02-21")));
        assertEquals(19, CAL.workingDaysBetween(d("2025-01-20"), d("2025-02-20")));
    }

    @Test
    void everyShippedMakeUpDayIsAWeekendDayTheNoticesNamed() {
        // the make-up days of the seven notices, in order
        List<String> workdays = List.of("2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27",
                "2020-10-10", "2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26",
                "2021-10-09", "2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08",
                "2022-10-09", "2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07",
                "2023-10-08", "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                "2024-09-29", "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        int weekendWorked = 0;
        for (LocalDate x = d("2020-01-01"); !x.isAfter(d("2026-12-31")); x = x.plusDays(1)) {
            boolean weekend = x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && CAL.isWorkingDay(x)) {
                assertTrue(workdays.contains(x.toString()), x.toString());
                weekendWorked++;
            }
        }
        assertEquals(workdays.size(), weekendWorked);
    }
}
