package org.disclose.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What one chart shows: its accessible name and description, the unit of every value, the points in reading order and
 * an optional target (null when there is none).
 *
 * @param title       becomes the SVG {@code <title>}: the chart's accessible name
 * @param description becomes the SVG {@code <desc>}: what the figure says, for readers who cannot see it
 * @param unit        e.g. "微克/立方米", "%", "万千瓦"; shown once, in a caption, not on every value
 */
public record Series(String title, String description, String unit, List<Point> points, BigDecimal target) {

    public Series {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        points = points == null ? List.of() : List.copyOf(points);
    }

    public static Series of(String title, String description, String unit, List<Point> points) {
        return new Series(title, description, unit, points, null);
    }

    public Series withTarget(BigDecimal newTarget) {
        return new Series(title, description, unit, points, newTarget);
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** The values, then the target: everything the value axis must reach. */
    List<BigDecimal> allValues() {
        List<BigDecimal> all = new ArrayList<>(points.size() + 1);
        points.forEach(p -> all.add(p.value()));
        if (target != null) {
            all.add(target);
        }
        return all;
    }
}
