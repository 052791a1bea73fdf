package org.disclose.render.view;

import java.util.List;

/**
 * The declared figures of one bulletin, report, accountability entry, case or release, as the table of
 * {@code partials/declared-figures.mustache} shows them.
 *
 * @param caption the table's caption in the theme's words
 */
public record DeclaredFiguresView(String caption, List<DeclaredFigure> rows) {

    public DeclaredFiguresView {
        rows = List.copyOf(rows);
    }
}
