package org.disclose.render.view;

import java.util.List;
import org.disclose.model.Accountability;

/** 责任追究 for one round, with each rank's share drawn as a bar (width on a 0–1000 scale) and printed as text. */
public record AccountabilityView(
        String roundName,
        String roundPath,
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

    public record Rank(String rank, long count, String percent, int width) {
    }

    /** @param figures the table of the figures it declares in {@code figures:}, or null when none */
    public static AccountabilityView of(Accountability a, String roundName, String roundPath, DateWords dates,
            DeclaredFiguresView figures) {
        long max = a.byRank().stream().mapToLong(Accountability.RankCount::count).max().orElse(0);
        List<Rank> ranks = a.byRank().stream().map(r -> new Rank(r.rank(), r.count(),
                StatusBreakdown.percent(a.shareOf(r)), max == 0 ? 0 : (int) Math.round(1000.0 * r.count() / max)))
                .toList();
        return new AccountabilityView(roundName, roundPath, dates.display(a.asOfDate()), a.asOfDate().iso(),
                a.problemsTransferred(), a.total(), ranks, a.meetings(), a.siteInspections(), a.interviews(),
                a.evidence(), figures);
    }

    public boolean hasRanks() {
        return !ranks.isEmpty();
    }

    public boolean hasWork() {
        return meetings != null || siteInspections != null || interviews != null || evidence != null;
    }
}
