package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclose.diag.SourcePos;

/**
 * A row of a table: its name as the source prints it (长春市, 大气, 合计) and a cell per column, each the figure it
 * declares, or null where the source gives none (a dash in its table), so that no value is shown it did not give.
 */
public record TableRow(String name, List<Figure> cells, SourcePos pos) implements Serializable {

    public TableRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    public Optional<Figure> cell(int column) {
        return Optional.ofNullable(cells.get(column));
    }

    /** The cells given, in column order. */
    public List<Figure> given() {
        return cells.stream().filter(Objects::nonNull).toList();
    }
}
