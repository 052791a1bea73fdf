package org.disclose.model;

import java.util.List;
import org.disclose.model.figure.PartialDate;

/**
 * 责任追究 for one round: the problems transferred for accountability, the people held accountable by rank, and the
 * investigation work behind it.
 *
 * @param asOfDate the date the figures are as of, at the precision the source gives (2023-05-10, 2023-04, 2023)
 */
public record Accountability(
        String round,
        PartialDate asOfDate,
        Long problemsTransferred,
        Long total,
        List<RankCount> byRank,
        Long meetings,
        Long siteInspections,
        Long interviews,
        Long evidence,
        Where where) {

    /** People held accountable at one rank; ranks are the official terms (厅局级, 县处级, 乡科级及以下). */
    public record RankCount(String rank, long count) {
    }

    public static final List<String> RANKS = List.of("厅局级", "县处级", "乡科级及以下");

    /** The day the figures are counted at: the last day of a month or year {@code asOfDate}. */
    public ContentDate asOf() {
        return ContentDate.countedAt(asOfDate);
    }

    /** The people counted by rank, all ranks together (what {@code total} must equal when both are given). */
    public long rankSum() {
        return byRank.stream().mapToLong(RankCount::count).sum();
    }

    /** One rank's share of the people counted by rank. */
    public Share shareOf(RankCount r) {
        return new Share(r.count(), rankSum());
    }
}
