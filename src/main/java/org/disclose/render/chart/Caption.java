package org.disclose.render.chart;

/**
 * The unit caption at the top left ("单位：微克/立方米"). It is stated once, not after every value, so that value
 * labels stay short enough to sit side by side on a phone.
 */
final class Caption {

    private final String text;
    private final TextFit.Lines lines;

    Caption(ChartLabels labels, String unit, double width) {
        this.text = labels.caption(unit);
        this.lines = text.isEmpty() ? null : TextFit.wrap(text, width - 2 * ChartStyle.PAD, 2);
    }

    /** The height it takes at the top of the chart: nothing when there is no unit. */
    double height() {
        return lines == null ? 0 : lines.lines().size() * ChartStyle.LINE + 6;
    }

    void draw(Svg svg) {
        if (lines == null) {
            return;
        }
        svg.group("chart-caption");
        for (int i = 0; i < lines.lines().size(); i++) {
            svg.text(ChartStyle.PAD, ChartStyle.FONT + i * ChartStyle.LINE, "start", lines.lines().get(i),
                    lines.fullTextAt(i, text));
        }
        svg.end();
    }
}
