package org.disclose.render.view;

import java.util.ArrayList;
import java.util.List;
import org.disclose.model.Accountability;

/**
 * 责任追究 for one round (or one region's, headed by it), with each rank's share drawn as a bar (width on a 0–1000
 * scale) and printed as text.
 */
public record AccountabilityView(
        String roundName,
        String roundPath,
        String region,
        String asOf,
        String asOfIso,
        Long problemsTransferred,
        Long total,
        List<Rank> ranks,
        Long meetings,
        Long siteInspections,
        Long interviews,
        Long evidence,
        DeclaredFiguresView declaredFigures) {

    /** @param unranked whether it is the people whose rank the source does not give (the theme's 未分级) */
    public record Rank(String rank, long count, String percent, int width, boolean unranked) {
    }

    /** @param figures the table of the figures it declares in {@code figures:}, or null when none */
    public static AccountabilityView of(Accountability a, String roundName, String roundPath, DateWords dates,
            DeclaredFiguresView figures) {
        Long unranked = a.unranked();
        long max = Math.max(a.byRank().stream().mapToLong(Accountability.RankCount::count).max().orElse(0),
                unranked == null ? 0 : unranked);
        List<Rank> ranks = new ArrayList<>(a.byRank().stream().map(r -> new Rank(r.rank(), r.count(),
                StatusBreakdown.percent(a.shareOf(r)), width(r.count(), max), false)).toList());
        if (unranked != null) {
            ranks.add(new Rank(null, unranked, StatusBreakdown.percent(a.shareOf(unranked)), width(unranked, max),
                    true));
        }
        return new AccountabilityView(roundName, roundPath, a.region(), dates.display(a.asOfDate()), a.asOfDate().iso(),
                a.problemsTransferred(), a.total(), ranks, a.meetings(), a.siteInspections(), a.interviews(),
                a.evidence(), figures);
    }

    private static int width(long count, long max) {
        return max == 0 ? 0 : (int) Math.round(1000.0 * count / max);
    }

    public boolean hasRanks() {
        return !ranks.isEmpty();
    }

    public boolean hasWork() {
        return meetings != null || siteInspections != null || interviews != null || evidence != null;
    }
}
