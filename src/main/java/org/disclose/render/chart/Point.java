package org.disclose.render.chart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One datum: a period ("2021", "2022年") or a category ("大气") and its value. The value is a BigDecimal so that it is
 * printed exactly as the source gave it ("93.50" stays "93.50"); a double would turn 93.5 into 93.49999 somewhere.
 */
public record Point(String label, BigDecimal value) {

    public Point {
        label = label == null ? "" : label;
        Objects.requireNonNull(value, "value");
    }

    public static Point of(String label, String value) {
        return new Point(label, new BigDecimal(value));
    }

    /** The value as printed on the chart: exactly the digits given, never in E notation. */
    public String valueText() {
        return value.toPlainString();
    }
}
