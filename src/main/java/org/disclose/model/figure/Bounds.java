package org.disclose.model.figure;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a figure lets the true value be, in the base unit of its measure: exactly the number when it is exact; from
 * it upwards for 以上, 超过, 突破, 余 and 多 (超过100 is taken as at least 100, a bound that can only let a report
 * through, never reject it); from 0 up to it for 以内, 以下 and 近; anything for 约, which therefore never makes a relation fail. A figure
 * counts things, money or a share of them, never below 0: that is the lower bound of 以内 and 约.
 *
 * @param high null when there is no upper bound
 */
record Bounds(BigDecimal low, BigDecimal high) implements Serializable {

    static final Bounds ZERO = new Bounds(BigDecimal.ZERO, BigDecimal.ZERO);

    static Bounds of(Figure f) {
        BigDecimal v = f.unit().toBase(f.value().amount());
        if (f.value().isExact()) {
            return new Bounds(v, v);
        }
        if (f.value().qualifier().above()) {
            return new Bounds(v, null);
        }
        if (f.value().qualifier().below()) {
            return new Bounds(BigDecimal.ZERO, v);
        }
        return new Bounds(BigDecimal.ZERO, null);
    }

    boolean isExact() {
        return high != null && low.compareTo(high) == 0;
    }

    Bounds plus(Bounds other) {
        return new Bounds(low.add(other.low), high == null || other.high == null ? null : high.add(other.high));
    }

    /** The same lower bound, with no upper one: what is known of a sum some of whose parts are not given. */
    Bounds openAbove() {
        return new Bounds(low, null);
    }

    /** Whether this lies wholly above the other: the only way a ≤ can be surely wrong. */
    boolean above(Bounds other) {
        return other.high != null && low.compareTo(other.high) > 0;
    }

    boolean meets(Bounds other) {
        return !above(other) && !other.above(this);
    }

    /** For messages, in {@code unit}: {@code 4705件}, {@code at least 4793件}, {@code between 90% and 95%}. */
    String display(FigureUnit unit) {
        if (isExact()) {
            return show(low, unit);
        }
        if (high == null) {
            return "at least " + show(low, unit);
        }
        if (low.signum() == 0) {
            return "at most " + show(high, unit);
        }
        return "between " + show(low, unit) + " and " + show(high, unit);
    }

    /** A computed rate, its printed scale kept ({@code 97.60%}): the scale is what it is checked at. */
    String displayPercent() {
        if (isExact()) {
            return low.toPlainString() + "%";
        }
        if (high == null) {
            return "at least " + low.toPlainString() + "%";
        }
        return low.signum() == 0 ? "at most " + high.toPlainString() + "%"
                : "between " + low.toPlainString() + "% and " + high.toPlainString() + "%";
    }

    private static String show(BigDecimal base, FigureUnit unit) {
        BigDecimal v = unit.fromBase(base);
        return (v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros()).toPlainString() + unit.word();
    }
}
