package org.disclose.render.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Vertical bars, for a few categories or periods. The axis always includes zero, because a bar's length is read as
 * its value; each value is printed at the end of its bar so the chart reads without colour, in print and zoomed.
 */
public final class BarChart implements Chart {

    /** Wide enough to read as a bar, narrow enough that a chart of one point is not a slab. */
    private static final double MAX_BAR = 96;

    private final ChartLabels labels;

    public BarChart(ChartLabels labels) {
        this.labels = labels;
    }

    @Override
    public String render(Series series, String idPrefix) {
        ColumnFrame frame = frame(series, labels);
        Svg svg = new Svg("bar", idPrefix, frame.width, frame.height, series.title(), series.description());
        frame.drawAxis(svg);
        List<Point> points = series.points();
        double barWidth = Math.min(frame.slot * 0.6, MAX_BAR);
        double zero = frame.y(BigDecimal.ZERO);
        svg.group("chart-bars");
        for (int i = 0; i < points.size(); i++) {
            double y = frame.y(points.get(i).value());
            svg.rect(frame.x(i) - barWidth / 2, Math.min(y, zero), barWidth, Math.abs(zero - y), ChartStyle.MARK);
        }
        svg.end();
        svg.group("chart-zero").line(frame.left, zero, frame.right, zero, ChartStyle.INK, 2, null).end();
        frame.drawTarget(svg);
        svg.group("chart-values");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double y = frame.y(p.value());
            // Above a bar that grows up, below one that grows down: the label never sits on the dark bar.
            double baseline = p.value().signum() < 0 ? y + ChartStyle.FONT + 4 : y - 10;
            svg.text(frame.x(i), baseline, "middle", p.valueText());
        }
        svg.end();
        frame.drawCategories(svg);
        return svg.finish();
    }

    static ColumnFrame frame(Series series, ChartLabels labels) {
        boolean anyNegative = series.allValues().stream().anyMatch(v -> v.signum() < 0);
        return new ColumnFrame(series, labels, true, anyNegative);
    }
}
