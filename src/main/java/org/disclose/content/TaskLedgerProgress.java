package org.disclose.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclose.content.table.Cell;
import org.disclose.content.table.Row;
import org.disclose.content.table.Table;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.text.YNode;

/**
 * A ledger task's progress entries, written as the {@code progress:} records they stand for: from the dated pairs of
 * its row (整改状态（2022-09-30）, 整改进展（2022-09-30）), from the rows of the progress sheet with its 序号, and the
 * latest note from its 整改进展 cell.
 */
final class TaskLedgerProgress {

    private TaskLedgerProgress() {
    }

    /** The entries of a main-sheet row from its dated pairs, oldest first; a date whose cells are empty has none. */
    static List<YNode> dated(Row row, TaskLedgerColumns columns) {
        List<YNode> entries = new ArrayList<>();
        for (TaskLedgerColumns.Dated d : columns.dated()) {
            Cell status = d.status() < 0 ? null : row.cell(d.status());
            Cell note = d.note() < 0 ? null : row.cell(d.note());
            boolean hasStatus = status != null && !status.isEmpty();
            boolean hasNote = note != null && !note.isEmpty();
            if (!hasStatus && !hasNote) {
                continue;
            }
            LedgerNodes entry = new LedgerNodes(hasStatus ? status.pos() : note.pos())
                    .put("date", LedgerNodes.scalar(d.date().iso(), d.header().pos()));
            if (status != null) {
                entry.put("status", status, true); // empty beside a note: reported as an empty status, at its cell
            }
            if (hasNote) {
                entry.put("note", note, false);
            }
            entries.add(entry.mapping());
        }
        return entries;
    }

    /** The progress sheet's entries by 序号, each task's in the sheet's order. */
    static Map<String, List<YNode>> sheet(Table table, TaskLedgerColumns columns, boolean workbook) {
        Map<String, List<YNode>> byId = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            Cell id = row.cell(columns.of("id"));
            Cell date = row.cell(columns.of("date"));
            LedgerNodes entry = new LedgerNodes(new SourcePos(table.shownPath(), row.line(), 1))
                    .put("date", LedgerNodes.scalar(TaskLedgerCells.date(date.text(), workbook), date.pos()))
                    .put("status", row.cell(columns.of("status")), true);
            if (columns.of("note") >= 0) {
                entry.put("note", row.cell(columns.of("note")), false);
            }
            byId.computeIfAbsent(id.text(), k -> new ArrayList<>()).add(entry.mapping());
        }
        return byId;
    }

    /** Where each 序号 of the progress sheet is first written, to report one no task has. */
    static Map<String, SourcePos> sheetIds(Table table, TaskLedgerColumns columns) {
        Map<String, SourcePos> at = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            Cell id = row.cell(columns.of("id"));
            at.putIfAbsent(id.text(), id.pos());
        }
        return at;
    }

    /**
     * The entries with the row's 整改进展 cell as the latest note: the note of the last entry, which must not already
     * have another; or, for a row without entries, the one entry it makes on the ledger's {@code asOf} date with the
     * row's 整改状态. Without either date the cell is an error.
     *
     * @param asOf the sidecar's {@code asOf}, or null
     */
    static List<YNode> withLatestNote(List<YNode> entries, Cell note, Cell status, YNode.Scalar asOf,
                                      String sidecarShown, Diagnostics diagnostics) {
        if (note == null || note.isEmpty()) {
            return entries;
        }
        List<YNode> out = new ArrayList<>(entries);
        if (entries.isEmpty()) {
            if (asOf == null) {
                diagnostics.error(note.pos(), "整改进展 has no date: give the date the ledger is as of in "
                        + sidecarShown + " (asOf: YYYY-MM-DD), or the task's dated progress entries");
                return out;
            }
            out.add(new LedgerNodes(note.pos()).put("date", asOf).put("status", status, true).put("note", note, false)
                    .mapping());
            return out;
        }
        YNode.Mapping last = (YNode.Mapping) entries.get(entries.size() - 1);
        YNode.Entry written = last.entries().get("note");
        String date = last.entries().get("date").value() instanceof YNode.Scalar s ? s.text() : "";
        if (written == null) {
            Map<String, YNode.Entry> fields = new LinkedHashMap<>(last.entries());
            fields.put("note", new YNode.Entry(LedgerNodes.scalar("note", note.pos()), LedgerNodes.scalar(note)));
            out.set(out.size() - 1, new YNode.Mapping(java.util.Collections.unmodifiableMap(fields), last.pos()));
        } else if (!(written.value() instanceof YNode.Scalar s && note.text().equals(s.text()))) {
            diagnostics.error(note.pos(), "整改进展 differs from the note of the task's latest progress entry ("
                    + date + ", " + written.value().pos() + "): leave one of them empty, or write the same");
        }
        return out;
    }
}
