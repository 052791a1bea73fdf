package org.disclose.render.view;

import java.util.ArrayList;
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
        return of(table, strings, table.caption());
    }

    private static FigureTableView of(FigureTable table, UnaryOperator<String> strings, String caption) {
        String heading = table.rowHeading() != null ? table.rowHeading()
                : strings.apply(table.by() == TableRows.REGION ? "figureTableRegion" : "figureTableType");
        String notGiven = strings.apply("figureNotGiven");
        return new FigureTableView(caption, heading,
                table.columns().stream().map(TableColumn::label).toList(),
                table.rows().stream().map(r -> row(r, notGiven)).toList(),
                table.total() == null ? null : row(table.total(), notGiven),
                table.typesExceedCount() ? strings.apply("figureTableTypesNote") : null);
    }

    /**
     * The tables of one page. A table its source prints without a title is captioned in the theme's words
     * ({@code figureTableUntitledRegion}: 按地区统计, or by type), numbered where the page has several such, so that each table's region
     * keeps a name of its own.
     */
    public static List<FigureTableView> of(List<FigureTable> tables, UnaryOperator<String> strings) {
        long untitled = tables.stream().filter(t -> t.caption() == null).count();
        List<FigureTableView> views = new ArrayList<>();
        int n = 0;
        for (FigureTable t : tables) {
            String caption = t.caption();
            if (caption == null) {
                n++;
                caption = strings.apply(t.by() == TableRows.REGION ? "figureTableUntitledRegion"
                        : "figureTableUntitledType") + (untitled > 1 ? strings.apply("figureTableNumberPrefix")
                        + n + strings.apply("figureTableNumberSuffix") : "");
            }
            views.add(of(t, strings, caption));
        }
        return List.copyOf(views);
    }

    private static FigureTableRow row(TableRow r, String notGiven) {
        return new FigureTableRow(r.name(), r.cells().stream().map(c -> c == null
                ? new FigureTableCell(notGiven, false) : new FigureTableCell(shown(c), true)).toList());
    }

    private static String shown(Figure f) {
        return f.value().display(f.unit());
    }
}
