package org.disclose.render;

import java.util.List;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;
import org.disclose.render.view.DateWords;
import org.disclose.render.view.DeclaredFigure;
import org.disclose.render.view.DeclaredFiguresView;

/** Declared figures as the rows of the shared table: the same words wherever a figure is declared. */
final class DeclaredFigureRows {

    private DeclaredFigureRows() {
    }

    /**
     * The table of a bulletin's figures, each over its batches ({@code 第12批}, or the whole round), or null when
     * there are none.
     */
    static DeclaredFiguresView ofBulletin(List<Figure> figures, PartialDate fallback, String caption, Strings t) {
        return view(figures, fallback, caption, t, true);
    }

    /**
     * The table of the figures of a report, an accountability entry, a case or a release, or null when there are
     * none, so that the page leaves it out. Their figures are of the round unless they name a region or batches;
     * only then is there a column for it.
     */
    static DeclaredFiguresView view(List<Figure> figures, PartialDate fallback, String caption, Strings t) {
        boolean scoped = figures.stream().anyMatch(f -> f.scope().region() != null || f.scope().topic() != null
                || f.scope().batches() != null);
        return view(figures, fallback, caption, t, scoped);
    }

    private static DeclaredFiguresView view(List<Figure> figures, PartialDate fallback, String caption, Strings t,
            boolean scoped) {
        if (figures.isEmpty()) {
            return null;
        }
        DateWords dates = new DateWords(t::get);
        return new DeclaredFiguresView(caption, figures.stream().map(f -> row(f, fallback, t, dates)).toList(),
                scoped);
    }

    /** A figure without a date of its own stands at {@code fallback} (its bulletin's day), where there is one. */
    static DeclaredFigure row(Figure f, PartialDate fallback, Strings t, DateWords dates) {
        PartialDate asOf = f.asOf() != null ? f.asOf() : fallback;
        FigureScope s = f.scope();
        String where = BulletinRoutes.batches(s.batches(), t);
        if (s.topic() != null) {
            where = s.topic() + t.get("itemSeparator") + where;
        }
        if (s.region() != null) {
            where = s.region() + t.get("itemSeparator") + where;
        }
        return new DeclaredFigure(f.label(), f.value().display(f.unit()), where,
                asOf == null ? null : dates.display(asOf), asOf == null ? null : asOf.iso());
    }
}
