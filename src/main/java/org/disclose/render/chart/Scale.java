package org.disclose.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from {@code min} to {@code max} in steps of 1, 2, 2.5 or 5 × 10^n, so every tick is a round number a
 * reader can take in at a glance. All arithmetic is BigDecimal: tick labels are exact ("0.25", "15000000"), never
 * "0.30000000000000004" or "1.5E7".
 */
record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {

    private static final BigDecimal[] NICE = {
        new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2.5"), new BigDecimal("5"), new BigDecimal("10")};

    /** A scale that reaches {@code lo} and {@code hi} in about {@code intervals} steps. */
    static Scale covering(BigDecimal lo, BigDecimal hi, int intervals) {
        if (lo.compareTo(hi) > 0) {
            BigDecimal t = lo;
            lo = hi;
            hi = t;
        }
        if (lo.compareTo(hi) == 0) {
            // One value only: give it room on both sides (or 0..1 for zero) so the axis is not a single tick.
            if (lo.signum() == 0) {
                hi = BigDecimal.ONE;
            } else {
                BigDecimal half = lo.abs().divide(BigDecimal.valueOf(2));
                lo = lo.subtract(half);
                hi = hi.add(half);
            }
        }
        BigDecimal step = niceStep(hi.subtract(lo), Math.max(1, intervals));
        BigDecimal min = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Scale(min, max, step);
    }

    private static BigDecimal niceStep(BigDecimal span, int intervals) {
        BigDecimal rough = span.divide(BigDecimal.valueOf(intervals), MathContext.DECIMAL64);
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal mantissa = rough.scaleByPowerOfTen(-exponent);
        for (BigDecimal nice : NICE) {
            if (mantissa.compareTo(nice) <= 0) {
                return nice.scaleByPowerOfTen(exponent);
            }
        }
        return BigDecimal.TEN.scaleByPowerOfTen(exponent);
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }

    /** Where {@code value} lies between min (0) and max (1); finite for any value, as the span is never zero. */
    double fraction(BigDecimal value) {
        return value.subtract(min).divide(max.subtract(min), MathContext.DECIMAL64).doubleValue();
    }

    /** A tick as printed: "0", "2.5", "15000000"; never E notation, never trailing zeros. */
    static String label(BigDecimal tick) {
        return tick.stripTrailingZeros().toPlainString();
    }

    List<String> tickLabels() {
        return ticks().stream().map(Scale::label).toList();
    }

    /** The smallest and largest of {@code values}, each widened to include zero when {@code withZero}. */
    static BigDecimal[] extent(List<BigDecimal> values, boolean withZero) {
        BigDecimal lo = withZero || values.isEmpty() ? BigDecimal.ZERO : values.get(0);
        BigDecimal hi = lo;
        for (BigDecimal v : values) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        return new BigDecimal[] {lo, hi};
    }
}
