package org.disclose.content.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A table read from a CSV or .xlsx file: the header row naming the columns (non-empty, distinct names) and the data
 * rows, each with one cell per column. Rows whose cells are all empty are not included.
 */
public record Table(String shownPath, List<Cell> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The column names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(header.size());
        for (Cell cell : header) {
            names.add(cell.text());
        }
        return names;
    }

    /** The 0-based index of the column with this name, if the header has it. */
    public OptionalInt column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).text().equals(name)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The row's cell in the column with this name, if the header has it. */
    public Optional<Cell> cell(Row row, String name) {
        OptionalInt column = column(name);
        return column.isPresent() ? Optional.of(row.cell(column.getAsInt())) : Optional.empty();
    }
}
