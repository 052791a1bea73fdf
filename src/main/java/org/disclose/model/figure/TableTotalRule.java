package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;

/**
 * Column {@code column} of a table by region adds up to its count: the total row, or the figure of the same key and
 * scope declared beside the table. Declared by the table, not assumed: a release that names a few regions in its text
 * has not given a table, and a table binds only its own rows. Rows in 元 add into a total in 万元 after conversion.
 */
public record TableTotalRule(FigureTable table, int column) implements Serializable, FigureRule {

    @Override
    public List<Relation> bind(List<Figure> figures) {
        List<Figure> rows = table.column(column);
        List<String> missing = table.rows().stream().filter(r -> r.cells().get(column) == null)
                .map(TableRow::name).toList();
        return table.count(column).filter(c -> !rows.isEmpty())
                .<List<Relation>>map(c -> List.of(new TableTotal(c, rows, missing))).orElse(List.of());
    }
}
