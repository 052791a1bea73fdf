package org.disclose.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout that vertical bar and line charts share: unit caption on top, value axis with round ticks on the left,
 * one equal slot per point, period or category labels below, and room on the right for the target's label.
 */
final class ColumnFrame {

    private static final double PLOT_HEIGHT = 300;
    /** Room for one line of value labels above (and, if needed, below) the plot. */
    private static final double VALUE_ROOM = ChartStyle.LINE + 6;
    private static final int CATEGORY_LINES = 2;
    private static final double F = ChartStyle.FONT;

    final Series series;
    final Scale scale;
    final double width;
    final double height;
    final double left;
    final double right;
    final double plotTop;
    final double plotBottom;
    final double slot;
    private final ChartLabels labels;
    private final Caption caption;
    private final List<TextFit.Lines> categories = new ArrayList<>();
    private final double labelsTop;

    /**
     * @param fromZero   the axis must include zero (bars: a bar's length is its value)
     * @param roomBelow  value labels may sit below the plot (negative bars, low points of a line)
     */
    ColumnFrame(Series series, ChartLabels labels, boolean fromZero, boolean roomBelow) {
        this.series = series;
        this.labels = labels;
        BigDecimal[] range = range(series, fromZero);
        this.scale = Scale.covering(range[0], range[1], 4);
        this.left = ChartStyle.PAD + TextFit.maxWidth(scale.tickLabels()) + 12;
        double gutter = series.hasTarget()
                ? Math.max(TextFit.width(labels.target()), TextFit.width(series.target().toPlainString())) + 20
                : 2 * ChartStyle.PAD;
        double widestValue = TextFit.maxWidth(series.points().stream().map(Point::valueText).toList());
        double slotMin = Math.max(widestValue, 2 * F) + 12;
        int n = Math.max(1, series.points().size());
        // Keep 640 units (so 14 px text on a 320 px phone) unless the value labels could not fit side by side; then
        // grow rather than let numbers overlap, because a value must never be unreadable.
        double plotWidth = Math.max(ChartStyle.WIDTH - left - gutter, n * slotMin);
        this.right = left + plotWidth;
        this.width = right + gutter;
        this.slot = plotWidth / n;
        int lines = 1;
        for (Point p : series.points()) {
            TextFit.Lines l = TextFit.wrap(p.label(), slot - 8, CATEGORY_LINES);
            categories.add(l);
            lines = Math.max(lines, l.lines().size());
        }
        this.caption = new Caption(labels, series.unit(), width);
        this.plotTop = caption.height() + VALUE_ROOM;
        this.plotBottom = plotTop + PLOT_HEIGHT;
        this.labelsTop = plotBottom + (roomBelow ? VALUE_ROOM + 10 : 10);
        this.height = labelsTop + lines * ChartStyle.LINE + ChartStyle.PAD;
    }

    /**
     * The values the axis must reach. A line chart need not start at zero, but when the data come down to half the
     * top anyway (or, all negative, up to half the bottom), zero costs little and shows the true proportions.
     */
    private static BigDecimal[] range(Series s, boolean fromZero) {
        BigDecimal[] e = Scale.extent(s.allValues(), fromZero);
        BigDecimal two = BigDecimal.valueOf(2);
        if (e[0].signum() > 0 && e[0].multiply(two).compareTo(e[1]) <= 0) {
            e[0] = BigDecimal.ZERO;
        } else if (e[1].signum() < 0 && e[1].multiply(two).compareTo(e[0]) >= 0) {
            e[1] = BigDecimal.ZERO;
        }
        return e;
    }

    /** True when the chart kept its standard width and no category label had to be cut short. */
    boolean comfortable() {
        return width <= ChartStyle.WIDTH && categories.stream().noneMatch(TextFit.Lines::cut);
    }

    double x(int index) {
        return left + slot * (index + 0.5);
    }

    double y(BigDecimal value) {
        return plotBottom - scale.fraction(value) * PLOT_HEIGHT;
    }

    /** Baseline that centres one line of text vertically on {@code y}. */
    static double middle(double y) {
        return y + F * 0.35;
    }

    /** Caption, grid lines and tick labels: drawn first, beneath the data. */
    void drawAxis(Svg svg) {
        caption.draw(svg);
        svg.group("chart-axis");
        for (BigDecimal tick : scale.ticks()) {
            double y = y(tick);
            svg.line(left, y, right, y, ChartStyle.GRID, 1, null);
            svg.text(left - 10, middle(y), "end", Scale.label(tick));
        }
        svg.end();
    }

    /** The period or category under each slot, wrapped to two lines, cut with "…" (full text kept in a title). */
    void drawCategories(Svg svg) {
        svg.group("chart-categories");
        for (int i = 0; i < categories.size(); i++) {
            TextFit.Lines label = categories.get(i);
            for (int k = 0; k < label.lines().size(); k++) {
                svg.text(x(i), labelsTop + F - 3 + k * ChartStyle.LINE, "middle", label.lines().get(k),
                        label.fullTextAt(k, series.points().get(i).label()));
            }
        }
        svg.end();
    }

    /**
     * The target as a dashed line over a white edge (so it shows across dark bars), labelled in the right margin:
     * the word above the line, the value below it. Dashes plus words: it never relies on colour.
     */
    void drawTarget(Svg svg) {
        if (!series.hasTarget()) {
            return;
        }
        double y = y(series.target());
        svg.group("chart-target");
        svg.line(left, y, right, y, ChartStyle.WHITE, 6, null);
        svg.line(left, y, right, y, ChartStyle.TARGET, 3, ChartStyle.TARGET_DASH);
        if (!labels.target().isEmpty()) {
            svg.text(right + 8, y - 8, "start", labels.target());
        }
        svg.text(right + 8, y + F - 2, "start", series.target().toPlainString());
        svg.end();
    }
}
