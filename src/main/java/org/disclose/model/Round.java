package org.disclose.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One inspection round (e.g. 第二轮中央生态环境保护督察): who inspected, when they were stationed in the province,
 * when they fed back, and the figures the province has officially reported for it since.
 */
public record Round(
        String id,
        String name,
        String group,
        ContentDate stationedFrom,
        ContentDate stationedTo,
        ContentDate feedbackDate,
        List<RoundReport> reports,
        Where where) {

    /** The most recent official report, if any: of a month and its last day, the day (PartialDate's sort order). */
    public Optional<RoundReport> latestReport() {
        return reports.stream().max(Comparator.comparing(RoundReport::asOfDate));
    }
}
