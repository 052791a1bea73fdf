package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Closure rates round half-up at the precision they are printed or declared with. */
class ClosureRateTest {

    @Test
    void printedWithTwoDecimalsAsReleasesDo() {
        assertEquals(Optional.of(new BigDecimal("97.64")), new ClosureRate(4593, 4704).printed());
        assertEquals(Optional.of(new BigDecimal("100.00")), new ClosureRate(7, 7).printed());
    }

    @Test
    void halfRoundsUpAtTheGivenPrecision() {
        // 1 / 8 = 12.5%: up to 13 at no decimals; 1 / 16 = 6.25%: up to 6.3 at one.
        assertEquals(Optional.of(new BigDecimal("13")), new ClosureRate(1, 8).percent(0));
        assertEquals(Optional.of(new BigDecimal("6.3")), new ClosureRate(1, 16).percent(1));
        assertEquals(Optional.of(new BigDecimal("6.25")), new ClosureRate(1, 16).percent(2));
    }

    @Test
    void nothingAssignedHasNoRate() {
        assertEquals(Optional.empty(), new ClosureRate(0, 0).printed());
    }
}
