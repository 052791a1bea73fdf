package org.disclose.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One inspection round (e.g. 第二轮中央生态环境保护督察): who inspected, when they were stationed in the province,
 * when they fed back, and the figures the province has officially reported for it since.
 *
 * @param name    the round's name as the source gives it, or null when it gives none
 * @param group   督察组, or null
 * @param current whether {@code rounds.yaml} chooses it as the home page's round ({@code current: true})
 */
public record Round(
        String id,
        String name,
        String group,
        ContentDate stationedFrom,
        ContentDate stationedTo,
        ContentDate feedbackDate,
        List<RoundReport> reports,
        Where where,
        boolean current) implements Serializable {

    /**
     * What the round is called: its {@code name}, else its {@code group} (中央第三生态环境保护督察组, as sources print
     * it); empty when it has neither, and the theme's generic words stand for it (nothing is invented).
     */
    public Optional<String> title() {
        return Optional.ofNullable(name != null ? name : group);
    }

    /** The most recent official report, if any: of a month and its last day, the day (PartialDate's sort order). */
    public Optional<RoundReport> latestReport() {
        return reports.stream().max(Comparator.comparing(RoundReport::asOfDate));
    }
}
