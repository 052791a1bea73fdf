package org.disclose.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.figure.CustomFigure;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureKey;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureUnit;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.StandardFigure;
import org.disclose.model.figure.TableColumn;
import org.disclose.text.Fields;
import org.disclose.text.YNode;

/**
 * A table's {@code columns}: figure keys ({@code [complaintsAssigned, by-phone]}), each worded and united as the
 * figure of that key declared beside the table, or else as the standard figure; or a mapping that gives them
 * ({@code {key: by-phone, label: 来电, unit: 件}}). A custom key declared nowhere is a mistake, most likely a typo.
 */
final class TableColumnReader {

    private TableColumnReader() {
    }

    /** The columns, or null after an error. */
    static List<TableColumn> columns(Fields t, FigureScope scope, PartialDate asOf, List<Figure> declared) {
        Diagnostics d = t.diagnostics();
        Optional<YNode> node = t.node("columns");
        if (node.isEmpty()) {
            t.missing("columns");
            return null;
        }
        if (!(node.get() instanceof YNode.Sequence seq) || seq.items().isEmpty()) {
            d.error(node.get().pos(), "'columns' of a table must be a list of figure keys, such as "
                    + "[complaintsAssigned, by-phone, by-letter]");
            return null;
        }
        if (seq.items().size() > FigureTableReader.MAX_COLUMNS) {
            d.error(seq.pos(), "'columns' has " + seq.items().size() + " columns, more than the "
                    + FigureTableReader.MAX_COLUMNS + " a table may have: split it");
            return null;
        }
        List<TableColumn> columns = new ArrayList<>();
        Map<FigureKey, SourcePos> seen = new HashMap<>();
        boolean ok = true;
        for (YNode item : seq.items()) {
            TableColumn c = column(item, scope, asOf, declared, d);
            if (c != null && seen.putIfAbsent(c.key(), item.pos()) != null) {
                d.error(item.pos(), "the column '" + c.key().id() + "' is given twice (first at " + seen.get(c.key())
                        + "): a table has one column for each figure");
                c = null;
            }
            ok &= c != null;
            columns.add(c);
        }
        return ok ? List.copyOf(columns) : null;
    }

    private static TableColumn column(YNode item, FigureScope scope, PartialDate asOf, List<Figure> declared,
            Diagnostics d) {
        if (item instanceof YNode.Scalar s && !s.isNull() && FigureTableReader.fits(s, d)) {
            return worded(s.text().trim(), s.pos(), null, null, null, scope, asOf, declared, d);
        }
        if (item instanceof YNode.Mapping) {
            Fields c = Fields.of(item, d, "a column").orElseThrow();
            String key = c.requireString("key");
            String label = c.string("label");
            String unit = c.string("unit");
            c.reportUnknown();
            return key == null ? null : worded(key.trim(), c.posOf("key"), label, unit, c.posOf("unit"), scope,
                    asOf, declared, d);
        }
        d.error(item.pos(), "each column of a table must be a figure key, such as complaintsAssigned, or "
                + "{key: by-phone, label: 来电, unit: 件}, not " + item.kind());
        return null;
    }

    /** Given words first, then those of the figure declared beside the table, then the standard ones. */
    private static TableColumn worded(String text, SourcePos at, String label, String unit, SourcePos unitAt,
            FigureScope scope, PartialDate asOf, List<Figure> declared, Diagnostics d) {
        FigureKey key = FigureReader.key(text, at, d);
        if (key == null) {
            return null;
        }
        Figure beside = FigureTableReader.stated(declared, key, scope, asOf);
        if (beside == null) {
            beside = declared.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        }
        if (key instanceof CustomFigure && beside == null && label == null) {
            d.error(at, "the column '" + text + "' is not a standard figure, nor one declared in 'figures': declare "
                    + "it there with its label and unit, or write the column as {key: " + text + ", label: 来电, "
                    + "unit: 件}");
            return null;
        }
        String words = label != null ? label.trim() : beside != null ? beside.label() : key.label();
        FigureUnit u = unit != null ? FigureUnit.of(unit.trim()) : beside != null ? beside.unit()
                : key instanceof StandardFigure s ? s.unit() : FigureUnit.of("");
        if (key instanceof StandardFigure s && !u.convertsTo(s.unit())) {
            d.error(unitAt, "'" + unit + "' is not a unit of " + s.label() + " (" + s.id() + ")");
            return null;
        }
        return new TableColumn(key, words, u);
    }
}
