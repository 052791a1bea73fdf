package org.disclose.render.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line through a time series (three or more periods, in order). The axis need not start at zero, but its range is
 * always stated by the tick labels, and every point carries its value so no reader has to estimate from the axis.
 */
public final class LineChart implements Chart {

    private final ChartLabels labels;

    public LineChart(ChartLabels labels) {
        this.labels = labels;
    }

    @Override
    public String render(Series series, String idPrefix) {
        ColumnFrame frame = frame(series, labels);
        Svg svg = new Svg("line", idPrefix, frame.width, frame.height, series.title(), series.description());
        frame.drawAxis(svg);
        List<Point> points = series.points();
        int n = points.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = frame.x(i);
            ys[i] = frame.y(points.get(i).value());
        }
        frame.drawTarget(svg);
        svg.group("chart-line");
        if (n > 1) {
            svg.polyline(xs, ys, ChartStyle.MARK, 4);
        }
        for (int i = 0; i < n; i++) {
            svg.dot(xs[i], ys[i], 7, ChartStyle.MARK);
        }
        svg.end();
        svg.group("chart-values");
        for (int i = 0; i < n; i++) {
            double baseline = labelAbove(points, i) ? ys[i] - 14 : ys[i] + ChartStyle.FONT + 8;
            svg.text(xs[i], baseline, "middle", points.get(i).valueText());
        }
        svg.end();
        frame.drawCategories(svg);
        return svg.finish();
    }

    /**
     * A value goes above its point unless the point is a dip (below the mean of its neighbours), where the line
     * leaves upwards on both sides and the free space is underneath.
     */
    static boolean labelAbove(List<Point> points, int i) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < points.size()) {
                sum = sum.add(points.get(j).value());
                count++;
            }
        }
        if (count == 0) {
            return true;
        }
        BigDecimal scaled = points.get(i).value().multiply(BigDecimal.valueOf(count));
        return scaled.compareTo(sum) >= 0;
    }

    static ColumnFrame frame(Series series, ChartLabels labels) {
        return new ColumnFrame(series, labels, false, true);
    }
}
