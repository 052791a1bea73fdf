package org.disclose.model.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A date at its source's precision; a month is ordered against a day only when the two do not overlap. */
class PartialDateTest {

    private static PartialDate date(String text) {
        return PartialDate.parse(text).orElseThrow();
    }

    @Test
    void readsADayAMonthOrAYear() {
        assertEquals(PartialDate.day(LocalDate.of(2023, 5, 10)), date("2023-05-10"));
        assertEquals(PartialDate.month(2023, 4), date("2023-04"));
        assertEquals(PartialDate.year(2023), date("2023"));
    }

    @Test
    void rejectsWhatIsNoRealDate() {
        assertEquals(Optional.empty(), PartialDate.parse("2023-13"));
        assertEquals(Optional.empty(), PartialDate.parse("2023-02-30"));
        assertEquals(Optional.empty(), PartialDate.parse("2023年4月"));
        assertEquals(Optional.empty(), PartialDate.parse(null));
    }

    @Test
    void aMonthShowsInChineseAndADayAsToday() {
        assertEquals("2023年4月", date("2023-04").display());
        assertEquals("2023年", date("2023").display());
        assertEquals("2023-05-10", date("2023-05-10").display());
        assertEquals("2023-04", date("2023-04").iso());
    }

    @Test
    void aMonthAsOfDateStandsAtItsLastDay() {
        // 截至2023年4月底
        assertEquals(LocalDate.of(2023, 4, 30), date("2023-04").last());
        assertEquals(LocalDate.of(2024, 2, 29), date("2024-02").last());
        assertEquals(LocalDate.of(2023, 12, 31), date("2023").last());
    }

    @Test
    void aMonthIsSurelyBeforeOnlyTheDaysAfterIt() {
        PartialDate april = date("2023-04");
        assertTrue(april.surelyBefore(date("2023-05-01")));
        assertTrue(april.surelyAfter(date("2023-03-31")));
        assertFalse(april.surelyBefore(date("2023-04-30")));
        assertFalse(april.surelyAfter(date("2023-04-01")));
    }

    @Test
    void aMonthAndADayInsideItAreInNoSureOrder() {
        // "截至2023年4月", published 2023-04-28: not rejected by an order check.
        PartialDate april = date("2023-04");
        PartialDate published = date("2023-04-28");
        assertTrue(april.overlaps(published));
        assertFalse(april.surelyAfter(published));
        assertFalse(published.surelyBefore(april));
    }

    @Test
    void aYearOverlapsItsMonthsAndDays() {
        assertTrue(date("2023").overlaps(date("2023-04")));
        assertTrue(date("2023").overlaps(date("2023-12-31")));
        assertTrue(date("2023").surelyBefore(date("2024-01-01")));
    }

    @Test
    void sortsByLastDaySoAMonthComesBeforeItsLastDay() {
        List<PartialDate> dates = new ArrayList<>(List.of(date("2023-05-10"), date("2023-04-30"), date("2023-04"),
                date("2023-04-15"), date("2023")));
        dates.sort(null);
        assertEquals(List.of(date("2023-04-15"), date("2023-04"), date("2023-04-30"), date("2023-05-10"),
                date("2023")), dates);
    }
}
