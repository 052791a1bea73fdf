package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A table's total row and its rows, by region (cities in a province, provinces in a national summary): the rows add
 * up to the total. Rows in 元 add into a total in 万元 after conversion. Where some rows do not give the value, the
 * rows given can only add up to at most the total.
 *
 * @param missing the names of rows that do not give the value, for the message
 */
public record TableTotal(Figure total, List<Figure> rows, List<String> missing) implements Serializable, Relation {

    public TableTotal {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    /** Every row gives the value. */
    public TableTotal(Figure total, List<Figure> rows) {
        this(total, rows, List.of());
    }

    @Override
    public Optional<FigureFinding> check() {
        // each row by its name and value (吉林省 6人): the label is the total's, and a national table has 31 rows
        return Sum.check(total, rows, missing, true, "its rows", f -> f == total ? whole(f) : row(f));
    }

    /** The total by its label, and the region or type the whole table is of, if any (问责 30人 (长春市)). */
    private static String whole(Figure f) {
        String label = f.label() + " " + f.value().display(f.unit());
        String name = f.scope().region() != null ? f.scope().region() : f.scope().topic();
        return name == null ? label : label + " (" + name + ")";
    }

    private static String row(Figure f) {
        String name = f.scope().region() != null ? f.scope().region() : f.scope().topic();
        return (name == null ? f.label() : name) + " " + f.value().display(f.unit());
    }
}
