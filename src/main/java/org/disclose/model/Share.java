package org.disclose.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A part of a whole as a percentage, rounded half-up to the precision it is printed with (1 of 8 is 12.5 at one
 * decimal, 13 at none). The one rounding rule for every share the site computes: closure rates, tasks by status,
 * accountability by rank.
 */
public record Share(long part, long whole) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The percentage at {@code scale} decimals (a negative scale counts as none); empty when the whole is nothing. */
    public Optional<BigDecimal> percent(int scale) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), Math.max(0, scale), RoundingMode.HALF_UP));
    }
}
