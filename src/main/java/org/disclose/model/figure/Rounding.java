package org.disclose.model.figure;

import java.math.RoundingMode;

/**
 * How the source brought a rate to its printed precision. Releases round half-up (4593 ÷ 4704 = 97.64%); some
 * offices cut the digits off instead, and a figure may say so, so that its rate is checked as printed.
 */
public enum Rounding {
    HALF_UP(RoundingMode.HALF_UP, "half-up"), TRUNCATED(RoundingMode.DOWN, "truncated");

    private final RoundingMode mode;
    private final String description;

    Rounding(RoundingMode mode, String description) {
        this.mode = mode;
        this.description = description;
    }

    public RoundingMode mode() {
        return mode;
    }

    /** For messages: {@code half-up to 2 decimals}. */
    public String to(int scale) {
        return description + " to " + scale + (scale == 1 ? " decimal" : " decimals");
    }
}
