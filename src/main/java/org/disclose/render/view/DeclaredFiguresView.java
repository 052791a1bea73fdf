package org.disclose.render.view;

import java.util.List;

/**
 * The declared figures of one bulletin, report, accountability entry, case or release, as the table of
 * {@code partials/declared-figures.mustache} shows them.
 *
 * @param caption  the table's caption in the theme's words
 * @param hasScope whether the table has a column for what each figure counts over: always for a bulletin, whose
 *                 figures are of batches; elsewhere only where a figure names a region or batches
 * @param tables   the tables the source prints, whose cells are not rows again
 */
public record DeclaredFiguresView(String caption, List<DeclaredFigure> rows, boolean hasScope,
                                  List<FigureTableView> tables) {

    public DeclaredFiguresView {
        rows = List.copyOf(rows);
        tables = List.copyOf(tables);
    }

    /** Whether there are figures outside the tables, for the figures' own table. */
    public boolean hasRows() {
        return !rows.isEmpty();
    }
}
