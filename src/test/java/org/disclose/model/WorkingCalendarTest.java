package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The working-day rules and both ways of counting, on a small hand-made year. */
class WorkingCalendarTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** 2030: a holiday Wednesday 05-01 to Friday 05-03, Sunday 05-05 worked. */
    private static final WorkingCalendar Y2030 = WorkingCalendar.of(List.of(new WorkingCalendar.Year(2030,
            Set.of(d("2030-05-01"), d("2030-05-02"), d("2030-05-03")), Set.of(d("2030-05-05")))));

    @Test
    void weekdaysWorkUnlessHolidaysAndAWorkedSundayWorks() {
        assertTrue(Y2030.isWorkingDay(d("2030-04-30")));
        assertFalse(Y2030.isWorkingDay(d("2030-05-01")));
        assertFalse(Y2030.isWorkingDay(d("2030-05-04")));
        assertTrue(Y2030.isWorkingDay(d("2030-05-05")));
        assertFalse(Y2030.isWorkingDay(d("2030-05-12")));
    }

    @Test
    void aPeriodCountsItsFirstDayWhenThatIsAWorkingDay() {
        assertEquals(d("2030-04-30"), Y2030.plusWorkingDays(d("2030-04-30"), 1));
        assertEquals(d("2030-05-05"), Y2030.plusWorkingDays(d("2030-04-30"), 2));
        assertEquals(d("2030-05-06"), Y2030.plusWorkingDays(d("2030-04-30"), 3));
        // from a holiday the first working day after it is the first of the period
        assertEquals(d("2030-05-05"), Y2030.plusWorkingDays(d("2030-05-01"), 1));
    }

    @Test
    void workingDaysBetweenLeaveOutTheFirstDay() {
        assertEquals(0, Y2030.workingDaysBetween(d("2030-04-30"), d("2030-04-30")));
        assertEquals(2, Y2030.workingDaysBetween(d("2030-04-30"), d("2030-05-06")));
        assertEquals(-2, Y2030.workingDaysBetween(d("2030-05-06"), d("2030-04-30")));
    }

    @Test
    void aYearNotCoveredCountsWeekendsOnlyAndSaysSo() {
        assertFalse(Y2030.covers(2031));
        assertEquals(OptionalInt.of(2031), Y2030.firstUncovered(d("2030-12-30"), d("2031-01-02")));
        assertEquals(OptionalInt.empty(), Y2030.firstUncovered(d("2030-01-01"), d("2030-12-31")));
        // 2031-01-01 is a Wednesday: not known as 元旦, so a working day
        assertTrue(Y2030.isWorkingDay(d("2031-01-01")));
    }

    @Test
    void aReplacingYearTakesTheWholeYearsPlace() {
        WorkingCalendar other = WorkingCalendar.of(List.of(new WorkingCalendar.Year(2030, Set.of(d("2030-06-03")),
                Set.of())));
        WorkingCalendar merged = Y2030.replacedBy(other);
        assertTrue(merged.isWorkingDay(d("2030-05-01")));
        assertFalse(merged.isWorkingDay(d("2030-06-03")));
        assertEquals(Set.of(2030), merged.years());
    }

    @Test
    void aClosureGivenInWorkingDaysEndsByTheCalendarOnlyInACoveredYear() {
        Closure c = new Closure(null, new ContentDate(d("2030-04-30"), null), null, 3L, List.of(), null, null, null,
                null, null, null);
        assertEquals(new ContentDate(d("2030-05-06"), null), c.end(Y2030));
        assertEquals(java.util.Optional.of(ClosureState.NOTICE_RUNNING),
                c.stateOn(new ContentDate(d("2030-05-06"), null), Y2030));
        assertEquals(java.util.Optional.of(ClosureState.NOTICE_ENDED),
                c.stateOn(new ContentDate(d("2030-05-07"), null), Y2030));
        assertEquals(null, c.end(WorkingCalendar.NONE));
        assertEquals(OptionalInt.of(2030), c.uncoveredYear(WorkingCalendar.NONE));
    }
}
