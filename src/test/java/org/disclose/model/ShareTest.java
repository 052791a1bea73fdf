package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.disclose.model.figure.PartialDate;
import org.junit.jupiter.api.Test;

/** Every share the site computes rounds half-up at the precision it is printed with; closure rates are shares. */
class ShareTest {

    @Test
    void halfRoundsUpAtTheGivenPrecision() {
        // 1 / 8 = 12.5%: 13 at no decimals; 1 / 16 = 6.25%: 6.3 at one, 6.25 at two.
        assertEquals(Optional.of(new BigDecimal("13")), new Share(1, 8).percent(0));
        assertEquals(Optional.of(new BigDecimal("6.3")), new Share(1, 16).percent(1));
        assertEquals(Optional.of(new BigDecimal("6.25")), new Share(1, 16).percent(2));
        // 2 / 3 = 66.666...%: 66.7, never 66.6
        assertEquals(Optional.of(new BigDecimal("66.7")), new Share(2, 3).percent(1));
    }

    @Test
    void theWholeAndNothingKeepTheirScale() {
        assertEquals(Optional.of(new BigDecimal("100.0")), new Share(7, 7).percent(1));
        assertEquals(Optional.of(new BigDecimal("0.0")), new Share(0, 7).percent(1));
    }

    @Test
    void aNegativeScaleCountsAsNone() {
        assertEquals(Optional.of(new BigDecimal("13")), new Share(1, 8).percent(-1));
    }

    @Test
    void aShareOfNothingIsNone() {
        assertEquals(Optional.empty(), new Share(0, 0).percent(1));
        assertEquals(Optional.empty(), new Share(3, 0).percent(1));
    }

    @Test
    void aClosureRateIsTheShareOfClosedInAssigned() {
        for (int scale = 0; scale <= 3; scale++) {
            assertEquals(new Share(4593, 4704).percent(scale), new ClosureRate(4593, 4704).percent(scale));
            assertEquals(new Share(1, 8).percent(scale), new ClosureRate(1, 8).percent(scale));
        }
    }

    @Test
    void aRanksShareIsOfThePeopleCountedByRank() {
        Accountability a = new Accountability("r", null, PartialDate.parse("2024-01-01").orElseThrow(), null, 118L,
                java.util.List.of(new Accountability.RankCount("厅局级", 8), new Accountability.RankCount("县处级", 51),
                        new Accountability.RankCount("乡科级及以下", 59)),
                null, null, null, null, Where.at(null), Where.at(null), java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        assertEquals(118, a.rankSum());
        assertEquals(Optional.of(new BigDecimal("6.8")), a.shareOf(a.byRank().get(0)).percent(1));
        assertEquals(Optional.of(new BigDecimal("43.2")), a.shareOf(a.byRank().get(1)).percent(1));
        assertEquals(Optional.of(new BigDecimal("50.0")), a.shareOf(a.byRank().get(2)).percent(1));
    }

    @Test
    void ranksGivenInPartAreSharesOfTheTotalAndTheRestIsUngraded() {
        Accountability a = new Accountability("r", null, PartialDate.parse("2024-01-01").orElseThrow(), null, 118L,
                java.util.List.of(new Accountability.RankCount("厅局级", 8), new Accountability.RankCount("县处级", 51)),
                null, null, null, null, Where.at(null), Where.at(null), java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        assertEquals(59L, a.unranked());
        assertEquals(Optional.of(new BigDecimal("6.8")), a.shareOf(a.byRank().get(0)).percent(1));
        assertEquals(Optional.of(new BigDecimal("50.0")), a.shareOf(a.unranked()).percent(1));
    }
}
