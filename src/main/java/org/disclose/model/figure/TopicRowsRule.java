package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;

/**
 * Each row of column {@code column} of a table by type is at most its count (the total row, or the figure of the same
 * key and scope declared beside the table): one case may be of several types, so the rows need not add up to it.
 */
public record TopicRowsRule(FigureTable table, int column) implements Serializable, FigureRule {

    @Override
    public List<Relation> bind(List<Figure> figures) {
        return table.count(column).<List<Relation>>map(c -> table.column(column).stream()
                .<Relation>map(r -> new TopicRow(r, c)).toList()).orElse(List.of());
    }
}
