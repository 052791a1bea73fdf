package org.disclose.render.chart;

import java.math.BigDecimal;

/**
 * Tick labels along a horizontal axis, where they sit side by side and long numbers ("15000000") could run into each
 * other. The scale keeps its fine steps (so the bars use the width), every tick gets a mark, and labels go on every
 * k-th tick counted from zero, k as small as lets them fit: zero is always labelled when it is on the axis.
 */
final class TickFit {

    private static final double GAP = 16;

    private TickFit() {
    }

    static void drawBottomTicks(Svg svg, Scale scale, HorizontalBarChart.Axis axis, double y, double width) {
        double perStep = axis.x(scale.min().add(scale.step())) - axis.x(scale.min());
        double needed = TextFit.maxWidth(scale.tickLabels()) + GAP;
        BigDecimal every = BigDecimal.valueOf(perStep > 0 ? Math.max(1, (long) Math.ceil(needed / perStep)) : 1);
        double freeFrom = Double.NEGATIVE_INFINITY;
        for (BigDecimal tick : scale.ticks()) {
            double x = axis.x(tick);
            svg.line(x, y, x, y + 8, ChartStyle.INK, 1, null);
            // Ticks are whole multiples of the step, so this remainder is exact.
            if (tick.divide(scale.step()).remainder(every).signum() != 0) {
                continue;
            }
            String label = Scale.label(tick);
            double w = TextFit.width(label);
            double start = Math.max(0, Math.min(width - w, x - w / 2));
            // Shifting the end labels inward could still make two touch; then the later one is left out.
            if (start >= freeFrom) {
                centredText(svg, x, y + 8 + ChartStyle.FONT, label, width);
                freeFrom = start + w + GAP;
            }
        }
    }

    /** Text centred on {@code x}, but shifted to stay inside the viewBox when {@code x} is near an edge. */
    static void centredText(Svg svg, double x, double baseline, String text, double width) {
        double w = TextFit.width(text);
        if (x - w / 2 < 0) {
            svg.text(0, baseline, "start", text);
        } else if (x + w / 2 > width) {
            svg.text(width, baseline, "end", text);
        } else {
            svg.text(x, baseline, "middle", text);
        }
    }
}
