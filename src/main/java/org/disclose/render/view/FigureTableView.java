package org.disclose.render.view;

import java.util.List;
import java.util.function.UnaryOperator;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.TableColumn;
import org.disclose.model.figure.TableRow;
import org.disclose.model.figure.TableRows;

/**
 * A table a source prints, as the theme's {@code figure-tables} partial shows it: the caption, a header per column in
 * the source's words, each cell as printed (超过5人; a 0 is 0) or the theme's words for a value not given, the total
 * row apart, and a note where rows by type add up to more than the count.
 *
 * @param rowHeading the heading over the row names: the source's, or the theme's for regions or types
 * @param total      the total row, or null
 * @param note       the theme's note that types add up to more than the count, or null where they do not
 */
public record FigureTableView(String caption, String rowHeading, List<String> columns, List<FigureTableRow> rows,
                              FigureTableRow total, String note) {

    /** {@code strings} are the theme's: {@code figureTableRegion}, {@code figureTableType}, {@code figureNotGiven} … */
    public static FigureTableView of(FigureTable table, UnaryOperator<String> strings) {
        String heading = table.rowHeading() != null ? table.rowHeading()
                : strings.apply(table.by() == TableRows.REGION ? "figureTableRegion" : "figureTableType");
        String notGiven = strings.apply("figureNotGiven");
        return new FigureTableView(table.caption(), heading,
                table.columns().stream().map(TableColumn::label).toList(),
                table.rows().stream().map(r -> row(r, notGiven)).toList(),
                table.total() == null ? null : row(table.total(), notGiven),
                table.typesExceedCount() ? strings.apply("figureTableTypesNote") : null);
    }

    public static List<FigureTableView> of(List<FigureTable> tables, UnaryOperator<String> strings) {
        return tables.stream().map(t -> of(t, strings)).toList();
    }

    private static FigureTableRow row(TableRow r, String notGiven) {
        return new FigureTableRow(r.name(), r.cells().stream().map(c -> c == null
                ? new FigureTableCell(notGiven, false) : new FigureTableCell(shown(c), true)).toList());
    }

    private static String shown(Figure f) {
        return f.value().display(f.unit());
    }
}
