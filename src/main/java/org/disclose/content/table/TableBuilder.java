package org.disclose.content.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ControlCharacters;

/**
 * The rules every table follows, whatever its file format: the header names its columns (empty header cells at the
 * end are dropped, since spreadsheets often save a few unused columns), names are non-empty and distinct, a value
 * under an unnamed column is an error, rows whose cells are all empty are skipped, and there are at most
 * {@link TableReader#MAX_ROWS} rows and {@link TableReader#MAX_CELLS} cells. It also stops a file after {@link #MAX_ERRORS} errors, so that a broken file
 * cannot flood the report.
 */
final class TableBuilder {

    static final int MAX_ERRORS = 100;

    private final String shownPath;
    private final Diagnostics diagnostics;
    private List<Cell> header;
    private final List<Row> rows = new ArrayList<>();
    private int errors;

    TableBuilder(String shownPath, Diagnostics diagnostics) {
        this.shownPath = shownPath;
        this.diagnostics = diagnostics;
    }

    String shownPath() {
        return shownPath;
    }

    boolean hasHeader() {
        return header != null;
    }

    /** The number of named columns: every row handed to {@link #row} has at least this many cells. */
    int width() {
        return header == null ? 0 : header.size();
    }

    /** Reports an error in this file; after {@link #MAX_ERRORS} of them the reader should stop. */
    void error(SourcePos pos, String message) {
        if (errors < MAX_ERRORS) {
            diagnostics.error(pos, message);
        } else if (errors == MAX_ERRORS) {
            diagnostics.error(pos, "more than " + MAX_ERRORS + " errors in this file; fix the ones above first");
        }
        errors++;
    }

    boolean stopped() {
        return errors > MAX_ERRORS;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** Sets the header row; false if it names no column at all. */
    boolean header(List<Cell> cells) {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isEmpty()) {
            width--;
        }
        if (width == 0) {
            error(SourcePos.file(shownPath), "the header row is empty: the first row must name the columns, "
                    + "such as 序号,受理编号,交办问题基本情况,行政区域");
            return false;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            Cell cell = cells.get(i);
            if (cell.isEmpty()) {
                error(cell.pos(), "column " + (i + 1) + " has no name in the header row: write a name for it, "
                        + "or delete the column if it is not used");
                continue;
            }
            control(cell);
            Integer first = seen.putIfAbsent(cell.text(), i + 1);
            if (first != null) {
                error(cell.pos(), "column name '" + cell.text() + "' is used twice (columns " + first + " and "
                        + (i + 1) + "): give each column a different name");
            }
        }
        header = List.copyOf(cells.subList(0, width));
        return true;
    }

    /**
     * Adds a data row of at least {@link #width()} cells; the cells after those must be empty. Returns false when
     * the table has too many rows (and the reader should stop).
     */
    boolean row(int line, List<Cell> cells) {
        int width = width();
        boolean blank = true;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (!cell.isEmpty()) {
                blank = false;
                if (i >= width) {
                    unnamed(cell, i + 1);
                }
                control(cell);
            }
        }
        if (blank) {
            return true;
        }
        if (rows.size() >= TableReader.MAX_ROWS) {
            error(new SourcePos(shownPath, line, 1), String.format(Locale.ROOT, "the table has more than %,d rows: "
                    + "split it into several files", TableReader.MAX_ROWS));
            return false;
        }
        if ((long) (rows.size() + 1) * width > TableReader.MAX_CELLS) {
            error(new SourcePos(shownPath, line, 1), String.format(Locale.ROOT, "the table has more than %,d cells "
                    + "(%,d columns in %,d rows so far): split it into several files, or delete the columns that are "
                    + "not used", TableReader.MAX_CELLS, width, rows.size() + 1));
            return false;
        }
        rows.add(new Row(line, cells.size() == width ? cells : cells.subList(0, width)));
        return true;
    }

    /** Reports a cell with a control character, which must not reach a page or the open data. */
    private void control(Cell cell) {
        int at = ControlCharacters.first(cell.text());
        if (at >= 0) {
            error(cell.pos(), ControlCharacters.message(cell.text().charAt(at),
                    ControlCharacters.count(cell.text(), at + 1)));
        }
    }

    /** Reports a value in a column the header does not name (column is 1-based). */
    void unnamed(Cell cell, int column) {
        error(cell.pos(), "this cell has a value, but its column (" + column + ") has no name in the header row: "
                + "name the column in the header, or clear the cell");
    }

    /** The table, if the file had a header and no error. */
    Optional<Table> build() {
        if (header == null || hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Table(shownPath, header, rows));
    }
}
