package org.disclose.render;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.PartialDate;
import org.disclose.render.view.DateWords;
import org.disclose.render.view.DeclaredFigure;
import org.disclose.render.view.DeclaredFiguresView;
import org.disclose.render.view.FigureTableView;

/** Declared figures as the rows of the shared table: the same words wherever a figure is declared. */
final class DeclaredFigureRows {

    private DeclaredFigureRows() {
    }

    /**
     * The table of a bulletin's figures, each over its batches ({@code 第12批}, or the whole round), or null when
     * there are none. Its tables are shown in a section of their own.
     */
    static DeclaredFiguresView ofBulletin(List<Figure> figures, PartialDate fallback, String caption, Strings t) {
        return view(figures, List.of(), fallback, caption, t, true, true);
    }

    /**
     * The figures and tables of a report, an accountability entry, a case or a release, or null when there are none,
     * so that the page leaves them out. A table's cells are shown in their table, not again as rows. The figures are
     * of the round unless they name a region, a type or batches; only then is there a column for it.
     */
    static DeclaredFiguresView view(List<Figure> figures, List<FigureTable> tables, PartialDate fallback,
            String caption, Strings t) {
        Set<Figure> inTables = tables.stream().flatMap(x -> x.figures().stream()).collect(Collectors.toSet());
        List<Figure> own = figures.stream().filter(f -> !inTables.contains(f)).toList();
        boolean scoped = own.stream().anyMatch(f -> f.scope().region() != null || f.scope().topic() != null
                || f.scope().batches() != null);
        return view(own, tables, fallback, caption, t, scoped, false);
    }

    private static DeclaredFiguresView view(List<Figure> figures, List<FigureTable> tables, PartialDate fallback,
            String caption, Strings t, boolean scoped, boolean ofBatches) {
        if (figures.isEmpty() && tables.isEmpty()) {
            return null;
        }
        DateWords dates = new DateWords(t::get);
        List<DeclaredFigure> rows = figures.stream().map(f -> row(f, fallback, t, dates, ofBatches)).toList();
        return new DeclaredFiguresView(caption, rows, scoped, FigureTableView.of(tables, t::get));
    }

    /**
     * A figure without a date of its own stands at {@code fallback} (its bulletin's day), where there is one; only a
     * bulletin's figure ({@code ofBatches}) without batches is said to cover the whole round.
     */
    static DeclaredFigure row(Figure f, PartialDate fallback, Strings t, DateWords dates, boolean ofBatches) {
        PartialDate asOf = f.asOf() != null ? f.asOf() : fallback;
        String where = FigureScopeWords.of(f.scope(), t, ofBatches);
        return new DeclaredFigure(f.label(), f.value().display(f.unit()), where,
                asOf == null ? null : dates.display(asOf), asOf == null ? null : asOf.iso());
    }
}
