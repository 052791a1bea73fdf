package org.disclose.render.view;

import java.util.List;

/**
 * Complaint cases counted one way (by batch, region, type or verdict): a table with a chart of the same figures.
 */
public record Breakdown(String id, String heading, String column, List<Line> lines, String chartSvg,
                        boolean showClosure) {

    /** One line of the table; {@code path} may be null where there is no page to go to. */
    public record Line(String label, String path, long count, long closed, String closureRate) {
    }
}
