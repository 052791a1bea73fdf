package org.disclose.render.chart;

import java.util.function.Function;

/**
 * The words a chart prints that are not data. They come from the theme's strings file like every other word a visitor
 * reads, so Java never hard-codes them.
 *
 * @param target     the word beside the dashed target line, e.g. "目标"
 * @param unitPrefix put before the unit in the caption, e.g. "单位：" (the caption is omitted when the unit is empty)
 */
public record ChartLabels(String target, String unitPrefix) {

    /** Theme string keys, for {@code i18n/<language>.yaml}. */
    public static final String TARGET_KEY = "chartTarget";
    public static final String UNIT_KEY = "chartUnit";

    public ChartLabels {
        target = target == null ? "" : target;
        unitPrefix = unitPrefix == null ? "" : unitPrefix;
    }

    /** Reads the words by key, e.g. {@code ChartLabels.fromTheme(strings::get)}. */
    public static ChartLabels fromTheme(Function<String, String> strings) {
        return new ChartLabels(strings.apply(TARGET_KEY), strings.apply(UNIT_KEY));
    }

    String caption(String unit) {
        return unit.isBlank() ? "" : unitPrefix + unit;
    }
}
