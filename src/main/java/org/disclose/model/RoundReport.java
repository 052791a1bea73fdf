package org.disclose.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.StandardFigure;

/**
 * Figures officially reported for a round as of one date. Every figure is optional: a province reports what it
 * reports, and the site shows only that. The closure rate keeps the precision it was declared with.
 *
 * @param problemsTotal 反馈问题, the problems the inspectors fed back, which the tasks answer; or null
 * @param problemsDone  of those, the problems whose rectification is complete (已完成整改); or null
 * @param asOfDate the date the figures are as of, at the precision the source gives (2023-05-10, 2023-04, 2023)
 * @param release  the slug of the release that published these figures, or null
 * @param figures  the figures it declares in {@code figures:}, beside the named fields
 * @param rules    the relations those figures declare
 * @param tables   the tables it prints ({@code tables:}), whose cells are among its figures
 */
public record RoundReport(
        PartialDate asOfDate,
        String release,
        Long tasksTotal,
        Long tasksDone,
        Long problemsTotal,
        Long problemsDone,
        Long complaintsAssigned,
        Long complaintsClosed,
        BigDecimal closureRate,
        Where where,
        List<Figure> figures,
        List<FigureRule> rules,
        List<FigureTable> tables) implements Serializable {

    public RoundReport {
        figures = List.copyOf(figures);
        rules = List.copyOf(rules);
        tables = List.copyOf(tables);
    }

    /** What the report's figures come from: its release, or the file it is written in. */
    public static String source(String release, Where where) {
        return release != null ? release : where.path();
    }

    /**
     * Every figure the report declares for round {@code round}: the named fields as standard figures (a form of
     * declared figures, {@link FigureForms}), then its {@code figures:}.
     */
    public List<Figure> declaredFigures(String round) {
        String from = source(release, where);
        List<Figure> all = new ArrayList<>();
        all.add(FigureForms.of(StandardFigure.TASKS_TOTAL, tasksTotal, where.of("tasksTotal"), from, asOfDate, round));
        all.add(FigureForms.of(StandardFigure.TASKS_DONE, tasksDone, where.of("tasksDone"), from, asOfDate, round));
        all.add(FigureForms.of(StandardFigure.PROBLEMS_TOTAL, problemsTotal, where.of("problemsTotal"), from,
                asOfDate, round));
        all.add(FigureForms.of(StandardFigure.PROBLEMS_DONE, problemsDone, where.of("problemsDone"), from, asOfDate,
                round));
        all.add(FigureForms.of(StandardFigure.COMPLAINTS_ASSIGNED, complaintsAssigned, where.of("complaintsAssigned"),
                from, asOfDate, round));
        all.add(FigureForms.of(StandardFigure.COMPLAINTS_CLOSED, complaintsClosed, where.of("complaintsClosed"),
                from, asOfDate, round));
        all.add(FigureForms.of(StandardFigure.CLOSURE_RATE, closureRate, where.of("closureRate"), from, asOfDate,
                round));
        all.removeIf(Objects::isNull);
        all.addAll(figures);
        return all;
    }

    /**
     * The report's figure {@code key} for the whole round at its as-of date, in either form (a named field or an item
     * of {@code figures:}), the first where both give it: what the round's records are compared with, once.
     */
    public Optional<Figure> stated(StandardFigure key, String round) {
        return declaredFigures(round).stream().filter(f -> f.key() == key && f.scope().batches() == null
                && f.scope().region() == null && asOfDate.equals(f.asOf())).findFirst();
    }

    /**
     * The day the figures are counted at: {@code asOfDate} itself, or the last day of its month or year (截至2023年4月
     * is 2023-04-30). Records are compared with the figures on this day.
     */
    public ContentDate asOf() {
        return ContentDate.countedAt(asOfDate);
    }
}
