package org.disclose.render.chart;

import java.util.List;

/** Picks the kind of chart that suits a series, and renders it. */
public final class Charts {

    private Charts() {
    }

    /**
     * A line for three or more periods in time order (a trend); otherwise vertical bars, unless they would not fit a
     * phone-width chart (long category names would be cut, or too many values side by side), in which case
     * horizontal bars, where every name gets a full line.
     */
    public static ChartKind choose(Series series) {
        List<Point> points = series.points();
        if (points.size() >= 3 && Period.ascending(points)) {
            return ChartKind.LINE;
        }
        // The target's word is not known here; its margin is judged from the value alone, which is close enough.
        ColumnFrame bars = BarChart.frame(series, new ChartLabels("", ""));
        return bars.comfortable() ? ChartKind.BAR : ChartKind.HORIZONTAL_BAR;
    }

    public static String render(Series series, String idPrefix, ChartLabels labels) {
        return choose(series).with(labels).render(series, idPrefix);
    }
}
