package org.disclose.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScaleTest {

    /** 1, 2, 2.5 or 5 × 10^n. */
    static boolean isNice(BigDecimal step) {
        BigDecimal mantissa = step.scaleByPowerOfTen(-(step.precision() - step.scale() - 1)).stripTrailingZeros();
        return List.of("1", "2", "2.5", "5").contains(mantissa.toPlainString());
    }

    private static List<String> labels(String lo, String hi, int intervals) {
        return Scale.covering(new BigDecimal(lo), new BigDecimal(hi), intervals).tickLabels();
    }

    @Test
    void roundTicks() {
        assertEquals(List.of("0", "25", "50", "75", "100"), labels("0", "100", 4));
        assertEquals(List.of("0", "25", "50", "75", "100"), labels("0", "97.64", 4));
        assertEquals(List.of("0", "5000000", "10000000", "15000000"), labels("0", "15000000", 4));
        assertEquals(List.of("-2", "0", "2", "4"), labels("-1", "3.5", 4));
        assertEquals(List.of("-1", "0", "1", "2", "3"), labels("-1", "3", 4));
        assertEquals(List.of("0", "0.001", "0.002", "0.003"), labels("0", "0.003", 4));
        assertEquals(List.of("90", "91", "92", "93", "94"), labels("90.2", "93.5", 4));
    }

    @Test
    void aSingleValueStillGetsARange() {
        assertEquals(List.of("0", "0.25", "0.5", "0.75", "1"), labels("0", "0", 4));
        List<String> around = labels("93.5", "93.5", 4);
        assertTrue(new BigDecimal(around.get(0)).compareTo(new BigDecimal("93.5")) < 0);
        assertTrue(new BigDecimal(around.get(around.size() - 1)).compareTo(new BigDecimal("93.5")) > 0);
    }

    @Test
    void anyRangeGetsNiceEvenStepsThatCoverIt() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(6));
            BigDecimal b = BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(6));
            int intervals = 1 + random.nextInt(5);
            Scale s = Scale.covering(a, b, intervals);
            assertTrue(isNice(s.step()), s.toString());
            assertTrue(s.min().compareTo(a.min(b)) <= 0 && s.max().compareTo(a.max(b)) >= 0, s.toString());
            int ticks = s.ticks().size();
            assertTrue(ticks >= 2 && ticks <= 2 * intervals + 2, ticks + " ticks for " + s);
            for (String label : s.tickLabels()) {
                assertTrue(!label.contains("E") && !label.equals("-0"), label);
            }
            double f = s.fraction(a);
            assertTrue(f >= 0 && f <= 1, "fraction " + f);
        }
    }
}
