package org.disclose.render.chart;

/** A kind of chart: turns a series into a standalone SVG string, ready to inline in an HTML5 page. */
public interface Chart {

    /**
     * @param idPrefix unique on the page (e.g. "air-quality"); the SVG's title and desc get ids
     *                 {@code idPrefix-title} and {@code idPrefix-desc}. An ASCII letter, then letters, digits, '-', '_'.
     * @throws IllegalArgumentException if {@code idPrefix} is not of that form: it comes from code, not content
     */
    String render(Series series, String idPrefix);
}
