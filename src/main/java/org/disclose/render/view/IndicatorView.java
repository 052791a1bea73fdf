package org.disclose.render.view;

import java.util.List;

/**
 * An indicator as shown: the latest value and what it means in words, its chart (an inline SVG built at build time)
 * beside the same figures as a table, and its open-data file.
 *
 * @param attainment  已达到目标 or 未达到目标, where the figures settle it
 * @param targetValue the target with its unit
 * @param targetLabel the name the target goes by (a standard's, say), where it has one
 */
public record IndicatorView(
        String id,
        String name,
        String path,
        String category,
        String unit,
        String latestValue,
        String latestPeriod,
        String change,
        String assessment,
        String rank,
        String attainment,
        String targetValue,
        String targetLabel,
        String source,
        String note,
        String chartSvg,
        List<Row> rows,
        String csvPath) {

    public record Row(String period, String value) {
    }

}
