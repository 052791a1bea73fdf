package org.disclose.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclose.content.table.Cell;
import org.disclose.diag.SourcePos;
import org.disclose.text.YNode;

/**
 * A ledger row written as the YAML record it stands for, every value located at its cell, so that a task from a
 * spreadsheet is read and checked by the very rules of a task written in YAML ({@link TaskReader#task}).
 */
final class LedgerNodes {

    private final Map<String, YNode.Entry> entries = new LinkedHashMap<>();
    private final SourcePos pos;

    LedgerNodes(SourcePos pos) {
        this.pos = pos;
    }

    static YNode.Scalar scalar(String text, SourcePos pos) {
        return new YNode.Scalar(text, pos);
    }

    static YNode.Scalar scalar(Cell cell) {
        return new YNode.Scalar(cell.text(), cell.pos());
    }

    /** A list of texts all written in one cell. */
    static YNode.Sequence list(List<String> items, SourcePos pos) {
        return new YNode.Sequence(items.stream().<YNode>map(i -> scalar(i, pos)).toList(), pos);
    }

    LedgerNodes put(String key, YNode value) {
        entries.put(key, new YNode.Entry(scalar(key, value.pos()), value));
        return this;
    }

    /** The cell's text as {@code key}, when it has any; an empty required cell is kept, to be reported at the cell. */
    LedgerNodes put(String key, Cell cell, boolean required) {
        return cell.isEmpty() && !required ? this : put(key, scalar(cell));
    }

    YNode value(String key) {
        YNode.Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    YNode.Mapping mapping() {
        return new YNode.Mapping(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries)), pos);
    }

    SourcePos pos() {
        return pos;
    }
}
