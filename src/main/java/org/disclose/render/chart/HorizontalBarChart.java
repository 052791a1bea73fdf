package org.disclose.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars for many categories with long Chinese names (complaints by region or by type, 10 to 20 rows). Each
 * name gets the full width on its own line above its bar, which is what a narrow phone screen can afford; the value
 * is printed at the end of the bar. The chart grows downwards, never sideways.
 */
public final class HorizontalBarChart implements Chart {

    private static final double F = ChartStyle.FONT;
    private static final double BAR = 28;
    private static final double ROW_GAP = 18;
    private static final double MIN_PLOT = 300;
    private static final int NAME_LINES = 2;

    private final ChartLabels labels;

    public HorizontalBarChart(ChartLabels labels) {
        this.labels = labels;
    }

    /** Maps values to x between two edges. */
    record Axis(Scale scale, double left, double right) {

        double x(BigDecimal value) {
            return left + scale.fraction(value) * (right - left);
        }
    }

    @Override
    public String render(Series series, String idPrefix) {
        List<Point> points = series.points();
        // Room beside the plot for the longest value label on each side of zero, so that no value is ever clipped.
        double negRoom = 0;
        double posRoom = 0;
        for (Point p : points) {
            double w = TextFit.width(p.valueText()) + 10;
            if (p.value().signum() < 0) {
                negRoom = Math.max(negRoom, w);
            } else {
                posRoom = Math.max(posRoom, w);
            }
        }
        double width = Math.max(ChartStyle.WIDTH, 2 * ChartStyle.PAD + negRoom + posRoom + MIN_PLOT);
        BigDecimal[] extent = Scale.extent(series.allValues(), true);
        Scale scale = Scale.covering(extent[0], extent[1], 4);
        Axis axis = new Axis(scale, ChartStyle.PAD + negRoom, width - ChartStyle.PAD - posRoom);

        Caption caption = new Caption(labels, series.unit(), width);
        double targetTop = caption.height();
        double y = targetTop + (series.hasTarget() ? 2 * ChartStyle.LINE + 4 : 4);
        List<TextFit.Lines> names = new ArrayList<>();
        List<Double> nameTops = new ArrayList<>();
        List<Double> barTops = new ArrayList<>();
        for (Point p : points) {
            TextFit.Lines name = TextFit.wrap(p.label(), width - 2 * ChartStyle.PAD, NAME_LINES);
            names.add(name);
            nameTops.add(y);
            y += name.lines().size() * ChartStyle.LINE + 4;
            barTops.add(y);
            y += BAR + ROW_GAP;
        }
        double axisY = y;

        Svg svg = new Svg("hbar", idPrefix, width, axisY + 8 + F + ChartStyle.PAD + 6, series.title(),
                series.description());
        caption.draw(svg);
        svg.group("chart-axis");
        svg.line(axis.left(), axisY, axis.right(), axisY, ChartStyle.INK, 1, null);
        TickFit.drawBottomTicks(svg, scale, axis, axisY, width);
        svg.end();
        svg.group("chart-names");
        for (int i = 0; i < points.size(); i++) {
            TextFit.Lines name = names.get(i);
            for (int k = 0; k < name.lines().size(); k++) {
                svg.text(ChartStyle.PAD, nameTops.get(i) + F - 3 + k * ChartStyle.LINE, "start", name.lines().get(k),
                        name.fullTextAt(k, points.get(i).label()));
            }
        }
        svg.end();
        double zero = axis.x(BigDecimal.ZERO);
        svg.group("chart-bars");
        for (int i = 0; i < points.size(); i++) {
            double end = axis.x(points.get(i).value());
            svg.rect(Math.min(zero, end), barTops.get(i), Math.abs(end - zero), BAR, ChartStyle.MARK);
        }
        svg.end();
        // Zero and target lines cross the bar bands only: a line through the names would cut the characters.
        svg.group("chart-zero");
        for (double top : barTops) {
            svg.line(zero, top - 6, zero, top + BAR + 6, ChartStyle.INK, 2, null);
        }
        svg.end();
        if (series.hasTarget()) {
            drawTarget(svg, axis.x(series.target()), series.target().toPlainString(), targetTop, barTops, width);
        }
        svg.group("chart-values");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double end = axis.x(p.value());
            double baseline = ColumnFrame.middle(barTops.get(i) + BAR / 2);
            boolean negative = p.value().signum() < 0;
            svg.text(negative ? end - 8 : end + 8, baseline, negative ? "end" : "start", p.valueText());
        }
        svg.end();
        return svg.finish();
    }

    /** Dashed, over a white edge, across every bar band; labelled at the top: the word, and the value under it. */
    private void drawTarget(Svg svg, double x, String value, double top, List<Double> barTops, double width) {
        svg.group("chart-target");
        for (double band : barTops) {
            svg.line(x, band - 6, x, band + BAR + 6, ChartStyle.WHITE, 6, null);
            svg.line(x, band - 6, x, band + BAR + 6, ChartStyle.TARGET, 3, ChartStyle.TARGET_DASH);
        }
        int line = 0;
        for (String text : new String[] {labels.target(), value}) {
            if (!text.isEmpty()) {
                TickFit.centredText(svg, x, top + F + line * ChartStyle.LINE, text, width);
            }
            line++;
        }
        svg.end();
    }
}
