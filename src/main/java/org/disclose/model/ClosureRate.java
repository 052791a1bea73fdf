package org.disclose.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Cases closed out of cases assigned, as releases state it: a percentage rounded half-up to the precision it is
 * printed with (4593 of 4704 is 97.64 at two decimals). One rule for the figures a site declares and those it
 * computes, so the two always agree.
 */
public record ClosureRate(long closed, long assigned) {

    /** The precision releases print a closure rate with (97.64). */
    public static final int PRINTED_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The percentage at {@code scale} decimals; empty when nothing was assigned. */
    public Optional<BigDecimal> percent(int scale) {
        if (assigned <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(closed).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(assigned), Math.max(0, scale), RoundingMode.HALF_UP));
    }

    /** The percentage at the printed precision. */
    public Optional<BigDecimal> printed() {
        return percent(PRINTED_SCALE);
    }
}
