package org.disclose.model;

import org.disclose.model.figure.Qualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An indicator's change is stated only between two exact values; improvement follows from it and the direction. */
class IndicatorChangeTest {

    private static Indicator.Point point(String period, String value, Qualifier q) {
        return new Indicator.Point(period, new BigDecimal(value), q, Where.at(null));
    }

    private static Indicator indicator(Indicator.Direction direction, Indicator.Point... series) {
        return new Indicator("x", "x", IndicatorCategory.values()[0], "%", direction, null, null, null,
                List.of(series), null, Where.at(null));
    }

    @Test
    void theChangeIsTheLatestLessThePreviousExactly() {
        Indicator i = indicator(Indicator.Direction.HIGHER, point("2021", "80.1", null), point("2022", "85.2", null),
                point("2023", "83", null));
        assertEquals(Optional.of(new BigDecimal("-2.2")), i.change());
        assertEquals(Optional.of(false), i.improved());
        assertEquals(Optional.of(true), indicator(Indicator.Direction.LOWER, point("2022", "35", null),
                point("2023", "33.5", null)).improved());
    }

    @Test
    void aHedgedValueOnEitherSideHasNoChange() {
        Indicator latestHedged = indicator(Indicator.Direction.HIGHER, point("2022", "90", null),
                point("2023", "94", Qualifier.AT_LEAST));
        Indicator previousHedged = indicator(Indicator.Direction.HIGHER, point("2022", "90", Qualifier.AT_LEAST),
                point("2023", "94", null));
        assertEquals(Optional.empty(), latestHedged.change());
        assertEquals(Optional.empty(), latestHedged.improved());
        assertEquals(Optional.empty(), previousHedged.change());
        assertEquals(Optional.empty(), previousHedged.improved());
    }

    @Test
    void oneValueHasNoChange() {
        Indicator i = indicator(Indicator.Direction.HIGHER, point("2023", "94", null));
        assertEquals(Optional.empty(), i.change());
        assertEquals(Optional.empty(), i.improved());
    }

    @Test
    void noChangeIsNeitherBetterNorWorse() {
        Indicator i = indicator(Indicator.Direction.LOWER, point("2022", "30", null), point("2023", "30.0", null));
        assertEquals(0, i.change().orElseThrow().signum());
        assertEquals(Optional.empty(), i.improved());
    }
}
