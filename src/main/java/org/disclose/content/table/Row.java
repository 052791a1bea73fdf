package org.disclose.content.table;

import java.util.List;

/**
 * One data row: the line it starts on (for .xlsx, the spreadsheet row number) and exactly one cell per header column,
 * in header order. A cell the file leaves out is present with empty text.
 */
public record Row(int line, List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell in the given 0-based column. */
    public Cell cell(int column) {
        return cells.get(column);
    }
}
