package org.disclose.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureKey;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.TableColumn;
import org.disclose.model.figure.TableRow;
import org.disclose.model.figure.TableRows;
import org.disclose.text.FieldLimits;
import org.disclose.text.Fields;
import org.disclose.text.YNode;

/**
 * The {@code tables:} list beside {@code figures:}: tables as a source prints them, by region or by type, e.g.
 * <pre>
 * tables:
 *   - caption: 第12批交办信访件按地区和来源分布
 *     rows: region
 *     columns: [complaintsAssigned, by-phone, by-letter, by-wechat]
 *     data:
 *       - [长春市, 12, 9, 2, 1]
 *       - [吉林市, 0, 0, 0, 0]
 *     total: [合计, 41, 30, 6, 5]
 * </pre>
 * Each cell is read as a figure value ({@link FigureValueText}); a dash or nothing is a value not given, never 0. A
 * table with a mistake is left out whole after its errors, so that no relation is checked on part of it.
 */
final class FigureTableReader {

    /** Far above any printed table, so that no file makes a build check millions of cells. */
    static final int MAX_TABLES = 50;
    static final int MAX_COLUMNS = 50;
    static final int MAX_ROWS = 1_000;
    private static final int MAX_CELL = 100;
    /** What a source prints, or an author writes, for a value it does not give. */
    private static final List<String> NOT_GIVEN = List.of("", "-", "—", "–", "/");

    private FigureTableReader() {
    }

    /** The tables of {@code f}, their columns worded as the {@code declared} figures beside them where not given. */
    static List<FigureTable> read(Fields f, FigureReader.Defaults defaults, List<Figure> declared) {
        List<Fields> items = f.list("tables", "a table");
        if (items.size() > MAX_TABLES) {
            f.diagnostics().error(f.posOf("tables"), "'tables' has " + items.size() + " tables, more than the "
                    + MAX_TABLES + " one source may have: split it");
            return List.of();
        }
        List<FigureTable> tables = new ArrayList<>();
        for (Fields t : items) {
            table(t, defaults, declared).ifPresent(tables::add);
            t.reportUnknown();
        }
        return tables;
    }

    private static Optional<FigureTable> table(Fields t, FigureReader.Defaults defaults, List<Figure> declared) {
        String caption = t.string("caption"); // a table the source prints untitled stays untitled
        TableRows by = t.vocabulary("rows", true, TableRows::parse, TableRows.words());
        String heading = t.string("rowHeading");
        Optional<FigureScope> scope = FigureScopeReader.scope(t, defaults.scope());
        PartialDate asOf = t.has("asOf") ? asOf(t, defaults.asOf()) : defaults.asOf();
        List<TableColumn> columns = scope.isEmpty() ? null : TableColumnReader.columns(t, scope.get(), asOf,
                declared);
        t.allow(List.of("data", "total"));
        if (by == null || scope.isEmpty() || columns == null || t.has("asOf") && asOf == null) {
            return Optional.empty();
        }
        TableCells cells = new TableCells(columns, asOf, defaults.release(), t.diagnostics());
        List<TableRow> rows = rows(t, by, scope.get(), cells);
        TableRow total = t.node("total").map(n -> cells.row(n, scope.get())).orElse(null);
        if (rows == null || t.has("total") && total == null) {
            return Optional.empty();
        }
        List<Figure> counts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            counts.add(total != null && total.cells().get(i) != null ? total.cells().get(i)
                    : stated(declared, columns.get(i).key(), scope.get(), asOf));
        }
        return Optional.of(new FigureTable(caption == null ? null : caption.trim(), by, heading, columns, rows, total, counts));
    }

    /** The rows of {@code data}, each scoped to its region or type; null after an error in any. */
    private static List<TableRow> rows(Fields t, TableRows by, FigureScope scope, TableCells cells) {
        Optional<YNode> data = t.node("data");
        if (data.isEmpty()) {
            t.missing("data");
            return null;
        }
        if (!(data.get() instanceof YNode.Sequence seq) || seq.items().isEmpty()) {
            t.diagnostics().error(data.get().pos(), "'data' of a table must be a list of rows, each a list: its name, "
                    + "then a value for each column, such as [长春市, 12, 9, 2, 1]");
            return null;
        }
        if (seq.items().size() > MAX_ROWS) {
            t.diagnostics().error(seq.pos(), "'data' has " + seq.items().size() + " rows, more than the " + MAX_ROWS
                    + " a table may have: split it");
            return null;
        }
        List<TableRow> rows = new ArrayList<>();
        Map<String, SourcePos> names = new HashMap<>();
        boolean ok = true;
        for (YNode item : seq.items()) {
            String name = TableCells.name(item);
            SourcePos first = name == null ? null : names.putIfAbsent(name, TableCells.namePos(item));
            if (first != null) {
                t.diagnostics().error(TableCells.namePos(item), "the row '" + name + "' is given twice in the "
                        + "table: first at " + first);
                ok = false;
                continue;
            }
            TableRow row = cells.row(item, name == null ? scope
                    : by == TableRows.REGION ? scope.inRegion(name) : scope.ofTopic(name));
            ok &= row != null;
            rows.add(row);
        }
        return ok ? rows : null;
    }

    /** The figure {@code figures:} states for {@code key} over the whole table's scope at its date, if any. */
    static Figure stated(List<Figure> declared, FigureKey key, FigureScope scope, PartialDate asOf) {
        return declared.stream().filter(f -> f.key().equals(key) && f.scope().equals(scope)
                && Objects.equals(f.asOf(), asOf)).findFirst().orElse(null);
    }

    private static PartialDate asOf(Fields t, PartialDate latest) {
        PartialDate date = t.partialDate("asOf", false);
        if (date != null && latest != null && date.surelyAfter(latest)) {
            t.diagnostics().error(t.posOf("asOf"), "'asOf' is " + date.iso() + ", after " + latest.iso()
                    + ", the date of what declares it: a source cannot state figures for a later date");
            return null;
        }
        return date;
    }

    /** Whether a cell's text says the source gives no value there. */
    static boolean notGiven(YNode.Scalar s) {
        return s.isNull() || NOT_GIVEN.contains(s.text().trim());
    }

    /** Whether a name or cell is short enough to be one; reports it when not. */
    static boolean fits(YNode.Scalar s, Diagnostics d) {
        if (s.isNull() || FieldLimits.length(s.text()) <= MAX_CELL) {
            return true;
        }
        d.error(s.pos(), "a cell of a table has " + FieldLimits.length(s.text()) + " characters, more than the "
                + MAX_CELL + " it may have");
        return false;
    }
}
