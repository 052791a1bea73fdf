package org.disclose.render.chart;

/**
 * Sizes and colours shared by every chart. The viewBox is 640 units wide and text is 28 units, so a chart shrunk to a
 * 320 px phone column still shows 14 px text; colours are checked against white (WCAG: 4.5:1 text, 3:1 graphics).
 */
final class ChartStyle {

    static final double WIDTH = 640;
    static final double FONT = 28;
    static final double LINE = 34;
    static final double PAD = 8;

    /** Bars, lines, points: 8.9:1 on white. */
    static final String MARK = "#0b4a8b";
    /** All text and axes: 17:1 on white. */
    static final String INK = "#1b1b1b";
    /** The target line: 6.4:1 on white, a warm hue apart from the blue; a white edge keeps it visible on bars. */
    static final String TARGET = "#a63c00";
    /** Grid lines: 3.4:1 on white, thin, so they guide without competing with the data. */
    static final String GRID = "#8a8a8a";
    static final String WHITE = "#ffffff";
    /** Dashes make the target differ from the data by shape, not only by colour. */
    static final String TARGET_DASH = "12 8";

    private ChartStyle() {
    }
}
