package org.disclose.render.chart;

/** The kinds of chart, so that a caller (or a content file) can name one. */
public enum ChartKind {
    BAR, LINE, HORIZONTAL_BAR;

    public Chart with(ChartLabels labels) {
        return switch (this) {
            case BAR -> new BarChart(labels);
            case LINE -> new LineChart(labels);
            case HORIZONTAL_BAR -> new HorizontalBarChart(labels);
        };
    }
}
