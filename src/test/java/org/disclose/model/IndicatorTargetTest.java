package org.disclose.model;

import org.disclose.model.figure.Qualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether an indicator meets its target, for both directions and the hedges releases put on figures. */
class IndicatorTargetTest {

    private static Indicator indicator(Indicator.Direction direction, String target, String latest, Qualifier q) {
        return new Indicator("x", "x", IndicatorCategory.values()[0], "%", direction,
                new Indicator.Target(new BigDecimal(target), null, null), null, null,
                List.of(new Indicator.Point("2023", new BigDecimal(latest), q, Where.at(null))), null,
                Where.at(null));
    }

    @Test
    void atTheTargetIsMetInEitherDirection() {
        assertEquals(Optional.of(true), indicator(Indicator.Direction.HIGHER, "90", "90.0", null).targetMet());
        assertEquals(Optional.of(true), indicator(Indicator.Direction.LOWER, "35", "35", null).targetMet());
        assertEquals(Optional.of(false), indicator(Indicator.Direction.HIGHER, "90", "89.9", null).targetMet());
        assertEquals(Optional.of(false), indicator(Indicator.Direction.LOWER, "35", "35.1", null).targetMet());
    }

    @Test
    void aHedgeTowardsTheBetterSideConfirmsAMetTarget() {
        // 94%以上 against 90: the true value is 94 or more, so met.
        assertEquals(Optional.of(true),
                indicator(Indicator.Direction.HIGHER, "90", "94", Qualifier.AT_LEAST).targetMet());
        // 30以内 against 35 where lower is better: 30 or less, so met.
        assertEquals(Optional.of(true),
                indicator(Indicator.Direction.LOWER, "35", "30", Qualifier.AT_MOST).targetMet());
    }

    @Test
    void aHedgeSettlesNothingOtherwise() {
        // 以上 below the target: the true value may or may not reach it.
        assertEquals(Optional.empty(),
                indicator(Indicator.Direction.HIGHER, "90", "88", Qualifier.AT_LEAST).targetMet());
        // 以内 where higher is better points the wrong way.
        assertEquals(Optional.empty(),
                indicator(Indicator.Direction.HIGHER, "90", "94", Qualifier.AT_MOST).targetMet());
        // 以上 where lower is better, even beneath the target.
        assertEquals(Optional.empty(),
                indicator(Indicator.Direction.LOWER, "35", "30", Qualifier.AT_LEAST).targetMet());
        assertEquals(Optional.empty(),
                indicator(Indicator.Direction.HIGHER, "90", "94", Qualifier.ABOUT).targetMet());
    }
}
