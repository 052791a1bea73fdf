package org.disclose.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureSource;
import org.disclose.model.figure.FigureUnit;
import org.disclose.model.figure.FigureValue;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.Rounding;
import org.disclose.model.figure.TableColumn;
import org.disclose.model.figure.TableRow;
import org.disclose.text.YNode;

/**
 * The rows of one table as written, {@code [长春市, 12, 超过5, -]}: the row's name, then a cell for each column, read
 * as the figure its column names for the row's scope. Each error is located at the cell or row it is about.
 */
final class TableCells {

    private final List<TableColumn> columns;
    private final PartialDate asOf;
    private final String release;
    private final Diagnostics d;
    /** Whether a cell of the row being read could not be read. */
    private boolean unread;

    TableCells(List<TableColumn> columns, PartialDate asOf, String release, Diagnostics d) {
        this.columns = columns;
        this.asOf = asOf;
        this.release = release;
        this.d = d;
    }

    /** The name a row starts with, or null when it has none. */
    static String name(YNode row) {
        return row instanceof YNode.Sequence seq && !seq.items().isEmpty()
                && seq.items().get(0) instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()
                ? s.text().trim() : null;
    }

    static SourcePos namePos(YNode row) {
        return row instanceof YNode.Sequence seq && !seq.items().isEmpty() ? seq.items().get(0).pos() : row.pos();
    }

    /** The row, its cells scoped to {@code scope}; null after an error. */
    TableRow row(YNode node, FigureScope scope) {
        String name = name(node);
        if (!(node instanceof YNode.Sequence seq) || name == null) {
            d.error(node.pos(), "each row of a table must be a list that starts with the row's name, then a value "
                    + "for each column, such as [长春市, 12, 9, 2, 1]");
            return null;
        }
        if (!FigureTableReader.fits((YNode.Scalar) seq.items().get(0), d)) {
            return null;
        }
        if (seq.items().size() != columns.size() + 1) {
            d.error(seq.pos(), "the row '" + name + "' has " + (seq.items().size() - 1) + " values, but the table "
                    + "has " + columns.size() + " columns (" + columns.stream().map(c -> c.key().id())
                    .collect(Collectors.joining(", ")) + "): give one for each, and - where the source gives none");
            return null;
        }
        List<Figure> cells = new ArrayList<>();
        unread = false;
        for (int i = 0; i < columns.size(); i++) {
            cells.add(cell(seq.items().get(i + 1), columns.get(i), name, scope));
        }
        return unread ? null : new TableRow(name, cells, seq.pos());
    }

    /** The figure a cell declares; null where it gives none, and after an error, which marks the row unread. */
    private Figure cell(YNode node, TableColumn column, String row, FigureScope scope) {
        String where = "in the row '" + row + "', column " + column.label() + " (" + column.key().id() + ")";
        if (!(node instanceof YNode.Scalar s)) {
            return error(node.pos(), "the value " + where + " must be a single value, not " + node.kind());
        }
        if (FigureTableReader.notGiven(s)) {
            return null;
        }
        if (!FigureTableReader.fits(s, d)) {
            unread = true;
            return null;
        }
        Optional<FigureValueText> printed = FigureValueText.parse(s.text());
        if (printed.isEmpty()) {
            return error(s.pos(), "'" + s.text() + "' " + where + " is not a number as printed: write it as 12, "
                    + "超过5 or 94%以上, or - where the source gives none");
        }
        FigureUnit unit = printed.get().unit() == null ? column.unit() : FigureUnit.of(printed.get().unit());
        if (!unit.convertsTo(column.unit())) {
            return error(s.pos(), "'" + s.text() + "' " + where + " is printed in " + unit.word() + ", which does "
                    + "not convert to the column's unit" + (column.unit().word().isEmpty() ? ""
                    : " " + column.unit().word()));
        }
        return new Figure(column.key(), column.label(),
                new FigureValue(printed.get().amount(), printed.get().qualifier(), printed.get().grouped()), unit, asOf, scope,
                new FigureSource(release, s.pos()), Rounding.HALF_UP);
    }

    private Figure error(SourcePos at, String message) {
        d.error(at, message);
        unread = true;
        return null;
    }
}
