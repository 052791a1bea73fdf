package org.disclose.model;

import java.util.List;

/**
 * 责任追究 for one round: the problems transferred for accountability, the people held accountable by rank, and the
 * investigation work behind it.
 */
public record Accountability(
        String round,
        ContentDate asOf,
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

    /** The people counted by rank, all ranks together (what {@code total} must equal when both are given). */
    public long rankSum() {
        return byRank.stream().mapToLong(RankCount::count).sum();
    }

    /** One rank's share of the people counted by rank. */
    public Share shareOf(RankCount r) {
        return new Share(r.count(), rankSum());
    }
}
