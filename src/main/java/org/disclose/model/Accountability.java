package org.disclose.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.StandardFigure;

/**
 * 责任追究 for one round: the problems transferred for accountability, the people held accountable by rank, and the
 * investigation work behind it.
 *
 * @param region    the region whose records these are (a city's, in a province's site), or null for the whole area;
 *                  its figures are for that region
 * @param asOfDate  the date the figures are as of, at the precision the source gives (2023-05-10, 2023-04, 2023)
 * @param rankWhere where each rank of {@code byRank} was written, by rank
 * @param figures   the figures it declares in {@code figures:}, beside the named fields
 * @param rules     the relations those figures declare
 * @param tables    the tables it prints ({@code tables:}), whose cells are among its figures
 */
public record Accountability(
        String round,
        String region,
        PartialDate asOfDate,
        Long problemsTransferred,
        Long total,
        List<RankCount> byRank,
        Long meetings,
        Long siteInspections,
        Long interviews,
        Long evidence,
        Where where,
        Where rankWhere,
        List<Figure> figures,
        List<FigureRule> rules,
        List<FigureTable> tables) implements Serializable {

    public Accountability {
        byRank = List.copyOf(byRank);
        figures = List.copyOf(figures);
        rules = List.copyOf(rules);
        tables = List.copyOf(tables);
    }

    /** People held accountable at one rank; ranks are the official terms (厅局级, 县处级, 乡科级及以下). */
    public record RankCount(String rank, long count) implements Serializable {
    }

    public static final List<String> RANKS = List.of("厅局级", "县处级", "乡科级及以下");

    /** The standard figure each rank word is, in the order of {@link #RANKS}. */
    private static final List<StandardFigure> RANK_FIGURES = List.of(StandardFigure.ACCOUNTABLE_DEPARTMENT_LEVEL,
            StandardFigure.ACCOUNTABLE_COUNTY_LEVEL, StandardFigure.ACCOUNTABLE_TOWNSHIP_LEVEL);

    /** What the entry's figures come from: the file it is written in. */
    public String source() {
        return where.path();
    }

    /**
     * Every figure the entry declares: {@code total} and {@code byRank} as standard figures (问责 and its ranks, a form
     * of declared figures, {@link FigureForms}), then its {@code figures:}.
     */
    public List<Figure> declaredFigures() {
        List<Figure> all = new ArrayList<>();
        Figure held = FigureForms.of(StandardFigure.HELD_ACCOUNTABLE, total, where.of("total"), source(), asOfDate,
                scope());
        if (held != null) {
            all.add(held);
        }
        for (RankCount r : byRank) {
            all.add(FigureForms.of(RANK_FIGURES.get(RANKS.indexOf(r.rank())), r.count(), rankWhere.of(r.rank()),
                    source(), asOfDate, scope()));
        }
        all.addAll(figures);
        return all;
    }

    /** What its figures count over: the round, in its region when it names one. */
    public FigureScope scope() {
        return FigureScope.round(round).inRegion(region);
    }

    /** The day the figures are counted at: the last day of a month or year {@code asOfDate}. */
    public ContentDate asOf() {
        return ContentDate.countedAt(asOfDate);
    }

    /** The people counted by rank, all ranks together (what {@code total} must equal when both are given). */
    public long rankSum() {
        return byRank.stream().mapToLong(RankCount::count).sum();
    }

    /**
     * The people of {@code total} whose rank the source does not give (未分级): the total less the ranks given, when
     * some ranks are given and add up to less; null otherwise (no total, no ranks, or ranks that make it up; ranks
     * above the total are an error of the parts relation, and leave nothing ungraded).
     */
    public Long unranked() {
        if (total == null || byRank.isEmpty() || rankSum() >= total) {
            return null;
        }
        return total - rankSum();
    }

    /**
     * One rank's share (or the ungraded people's, {@link #unranked()}): of {@code total} when given and not below the
     * ranks, else of the people counted by rank.
     */
    public Share shareOf(long count) {
        return new Share(count, total != null && total >= rankSum() ? total : rankSum());
    }

    /** One rank's share, as {@link #shareOf(long)}. */
    public Share shareOf(RankCount r) {
        return shareOf(r.count());
    }
}
