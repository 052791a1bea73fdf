package org.disclose.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclose.content.table.Cell;
import org.disclose.content.table.Row;
import org.disclose.content.table.Table;
import org.disclose.content.table.TableReader;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ContentDate;
import org.disclose.model.Task;
import org.disclose.text.Fields;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;

/**
 * {@code content/tasks/NAME.csv} or {@code NAME.xlsx}: a task ledger (整改任务清单) with the columns provinces publish
 * ({@link TaskLedgerColumns}), one task a row, plus what a row cannot say in the sidecar {@code NAME.yaml} (round,
 * sample, private, asOf). Progress comes from dated pairs of columns or, in a workbook, from a second sheet named
 * 整改进展 (or 进展). Each row is read as the YAML task it stands for, by {@link TaskReader#task}: the same rules, the
 * same messages, located at the cells; where a workbook has a progress sheet, cells of both sheets are located as
 * {@code file[sheet]:row:col}.
 */
public final class TaskLedgerReader {

    /** The extensions of a ledger (the old workbooks are refused with a message, as complaint tables are). */
    public static final List<String> EXTENSIONS = List.of(".csv", ".xlsx", ".xls", ".et");
    /** The names the progress sheet may have, in order of preference; never the first sheet. */
    static final List<String> PROGRESS_SHEETS = List.of("整改进展", "进展");

    private TaskLedgerReader() {
    }

    public static boolean isLedger(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The ledgers a {@code NAME.yaml} may stand beside: NAME.csv, NAME.xlsx ... (present or not). */
    public static List<Path> ledgersBeside(Path yaml) {
        String name = yaml.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return EXTENSIONS.stream().map(e -> yaml.resolveSibling(base + e)).toList();
    }

    /** Whether a {@code .yaml} in {@code content/tasks/} is a ledger's sidecar, not a list of tasks. */
    public static boolean isSidecar(Path yaml) {
        return yaml.getFileName().toString().endsWith(".yaml")
                && ledgersBeside(yaml).stream().anyMatch(Files::isRegularFile);
    }

    public static Path sidecar(Path ledger) {
        return ComplaintReader.sidecar(ledger);
    }

    public static List<Task> read(ContentFiles files, Path file, Diagnostics diagnostics) {
        String shown = files.shown(file);
        Path sidecar = sidecar(file);
        String sidecarShown = shown.substring(0, shown.lastIndexOf('.')) + ".yaml";
        if (!Files.isRegularFile(sidecar)) {
            diagnostics.error(SourcePos.file(shown), "the ledger's facts are missing: create " + sidecarShown
                    + " with round (and sample, private or asOf where they apply)");
            return List.of();
        }
        Optional<Fields> meta = files.text(sidecar, diagnostics)
                .flatMap(text -> YamlParser.parse(text, sidecarShown, 0, diagnostics))
                .flatMap(node -> Fields.of(node, diagnostics, "the task ledger"));
        Optional<Path> real = files.admit(file, SourcePos.file(shown), diagnostics);
        boolean workbook = shown.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        List<String> sheets = workbook && real.isPresent() ? TableReader.sheetNames(real.get()) : List.of();
        String sheetName = PROGRESS_SHEETS.stream().filter(n -> sheets.indexOf(n) > 0).findFirst().orElse(null);
        // with a progress sheet beside it, the ledger's own sheet is named in messages too
        String mainSheet = sheetName == null || sheets.get(0).isEmpty() ? null : sheets.get(0);
        Optional<Table> table = real.flatMap(r -> mainSheet == null ? TableReader.read(r, shown, diagnostics)
                : TableReader.readSheet(r, shown, mainSheet, diagnostics));
        if (meta.isEmpty() && !diagnostics.hasErrorsFor(sidecarShown)) {
            diagnostics.error(SourcePos.file(sidecarShown), "the ledger's facts are empty: give round");
        }
        if (meta.isEmpty() || table.isEmpty()) {
            return List.of();
        }
        Fields m = meta.get();
        boolean ok = m.requireString("round") != null;
        YNode.Scalar round = LedgerNodes.scalar(m.string("round"), m.posOf("round"));
        YNode.Scalar sample = m.bool("sample", false) ? LedgerNodes.scalar("true", m.posOf("sample")) : null;
        ContentDate asOfDate = m.date("asOf", false);
        YNode.Scalar asOf = asOfDate == null ? null : LedgerNodes.scalar(asOfDate.iso(), m.posOf("asOf"));
        Set<String> kept = new HashSet<>(m.strings("private"));
        for (String name : kept) {
            String field = TaskLedgerColumns.TASK_HEADERS.getOrDefault(name, "");
            String entryField = TaskLedgerColumns.PROGRESS_HEADERS.getOrDefault(name, "");
            if (TaskLedgerColumns.TASK_REQUIRED.contains(field)
                    || TaskLedgerColumns.PROGRESS_REQUIRED.contains(entryField)) {
                diagnostics.error(m.posOf("private"), "'" + name + "' is listed as private, but every task publishes "
                        + "it: remove it from 'private'");
                ok = false;
            }
        }
        m.reportUnknown();
        Optional<TaskLedgerColumns> columns = TaskLedgerColumns.of(table.get(), "a task ledger",
                TaskLedgerColumns.TASK_HEADERS, TaskLedgerColumns.TASK_REQUIRED, true, kept, sidecarShown,
                diagnostics);
        Optional<Table> sheet = Optional.empty();
        Optional<TaskLedgerColumns> sheetColumns = Optional.empty();
        if (sheetName != null) {
            sheet = TableReader.readSheet(real.get(), shown, sheetName, diagnostics);
            ok &= sheet.isPresent();
            sheetColumns = sheet.flatMap(t -> TaskLedgerColumns.of(t, "a ledger's progress sheet",
                    TaskLedgerColumns.PROGRESS_HEADERS, TaskLedgerColumns.PROGRESS_REQUIRED, false, kept,
                    sidecarShown, diagnostics));
            ok &= sheetColumns.isPresent();
        }
        if (!ok || columns.isEmpty()) {
            return List.of();
        }
        scan(files, table.get(), columns.get(), workbook, diagnostics);
        Map<String, List<YNode>> fromSheet = Map.of();
        Map<String, SourcePos> sheetIds = Map.of();
        if (sheet.isPresent()) {
            scan(files, sheet.get(), sheetColumns.get(), workbook, diagnostics);
            fromSheet = TaskLedgerProgress.sheet(sheet.get(), sheetColumns.get(), workbook);
            sheetIds = TaskLedgerProgress.sheetIds(sheet.get(), sheetColumns.get());
        }
        TaskLedgerColumns c = columns.get();
        Set<String> ids = new HashSet<>();
        List<Task> tasks = new ArrayList<>(table.get().rows().size());
        for (Row row : table.get().rows()) {
            Cell id = row.cell(c.of("id"));
            ids.add(id.text());
            List<YNode> progress = TaskLedgerProgress.dated(row, c);
            List<YNode> listed = fromSheet.getOrDefault(id.text(), List.of());
            if (!progress.isEmpty() && !listed.isEmpty()) {
                diagnostics.error(sheetIds.get(id.text()), "task '" + id.text() + "' has progress both in dated "
                        + "columns of " + shown + " and in the sheet '" + sheetName
                        + "': give it in one of them");
                continue;
            }
            progress = progress.isEmpty() ? listed : progress;
            progress = TaskLedgerProgress.withLatestNote(progress, cell(row, c.of("note")), row.cell(c.of("status")),
                    asOf, sidecarShown, diagnostics);
            YNode.Mapping record = record(row, c, table.get().shownPath(), round, sample, progress, workbook);
            Fields.of(record, diagnostics, TaskReader.WHAT).flatMap(TaskReader::task).ifPresent(tasks::add);
        }
        sheetIds.forEach((id, pos) -> {
            if (!ids.contains(id)) {
                diagnostics.error(pos, "序号 '" + id + "' is no task of " + shown + ": each row of "
                        + "the sheet '" + sheetName + "' gives the progress of a task of the first sheet, by its 序号");
            }
        });
        return tasks;
    }

    /** The row as the YAML task it stands for. */
    private static YNode.Mapping record(Row row, TaskLedgerColumns c, String shownPath, YNode.Scalar round,
                                        YNode.Scalar sample, List<YNode> progress, boolean workbook) {
        LedgerNodes task = new LedgerNodes(new SourcePos(shownPath, row.line(), 1))
                .put("id", row.cell(c.of("id")), true)
                .put("round", round)
                .put("problem", row.cell(c.of("problem")), true);
        for (String field : List.of("target", "leader", "region")) {
            Cell cell = cell(row, c.of(field));
            if (cell != null) {
                task.put(field, cell, false);
            }
        }
        list(task, "measures", cell(row, c.of("measures")), TaskLedgerCells.measures(text(row, c.of("measures"))));
        list(task, "leadUnits", cell(row, c.of("leadUnits")), TaskLedgerCells.units(text(row, c.of("leadUnits"))));
        list(task, "supportingUnits", cell(row, c.of("supportingUnits")),
                TaskLedgerCells.units(text(row, c.of("supportingUnits"))));
        Cell deadline = cell(row, c.of("deadline"));
        if (deadline != null && !deadline.isEmpty()) {
            task.put("deadline", LedgerNodes.scalar(TaskLedgerCells.date(deadline.text(), workbook), deadline.pos()));
        }
        task.put("status", row.cell(c.of("status")), true);
        if (sample != null) {
            task.put("sample", sample);
        }
        if (!progress.isEmpty()) {
            task.put("progress", new YNode.Sequence(progress, progress.get(0).pos()));
        }
        return task.mapping();
    }

    private static void list(LedgerNodes task, String key, Cell cell, List<String> items) {
        if (cell != null && !items.isEmpty()) {
            task.put(key, LedgerNodes.list(items, cell.pos()));
        }
    }

    private static Cell cell(Row row, int column) {
        return column < 0 ? null : row.cell(column);
    }

    private static String text(Row row, int column) {
        return column < 0 ? "" : row.cell(column).text();
    }

    /** Every cell but the private ones is scanned for personal data, as a complaint table's are. */
    private static void scan(ContentFiles files, Table table, TaskLedgerColumns columns, boolean workbook,
                             Diagnostics diagnostics) {
        for (Row row : table.rows()) {
            for (int i = 0; i < row.cells().size(); i++) {
                if (columns.kept().contains(i)) {
                    continue;
                }
                Cell cell = row.cell(i);
                if (workbook) {
                    files.guard().scanCell(cell.text(), cell.pos(), diagnostics);
                } else {
                    files.guard().scan(cell.text(), cell.textPos(), diagnostics);
                }
            }
        }
    }
}
