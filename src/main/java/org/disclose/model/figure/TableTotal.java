package org.disclose.model.figure;

import java.util.List;
import java.util.Optional;

/**
 * A table's total row and its rows, by region (cities in a province, provinces in a national summary): the rows add
 * up to the total. Rows in 元 add into a total in 万元 after conversion.
 */
public record TableTotal(Figure total, List<Figure> rows) implements Relation {

    public TableTotal {
        rows = List.copyOf(rows);
    }

    @Override
    public Optional<FigureFinding> check() {
        return Sum.check(total, rows, List.of(), true, "its rows", Figure::displayWithScope);
    }
}
