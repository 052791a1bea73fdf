package org.disclose.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Cases closed out of cases assigned, as releases state it: a percentage rounded half-up to the precision it is
 * printed with (4593 of 4704 is 97.64 at two decimals), the rule of every {@link Share}. One rule for the figures a
 * site declares and those it computes, so the two always agree.
 */
public record ClosureRate(long closed, long assigned) implements Serializable {

    /** The precision releases print a closure rate with (97.64). */
    public static final int PRINTED_SCALE = 2;

    /** The percentage at {@code scale} decimals; empty when nothing was assigned. */
    public Optional<BigDecimal> percent(int scale) {
        return new Share(closed, assigned).percent(scale);
    }

    /** The percentage at the printed precision. */
    public Optional<BigDecimal> printed() {
        return percent(PRINTED_SCALE);
    }
}
