package org.disclose.content;

import static org.disclose.model.ComplaintHeaders.ACCOUNTABILITY;
import static org.disclose.model.ComplaintHeaders.CHANNEL;
import static org.disclose.model.ComplaintHeaders.CHANNEL_ALIAS;
import static org.disclose.model.ComplaintHeaders.KEY_CASE;
import static org.disclose.model.ComplaintHeaders.NO;
import static org.disclose.model.ComplaintHeaders.UNKNOWN_TERMS;
import static org.disclose.model.ComplaintHeaders.YES;
import static org.disclose.model.ComplaintHeaders.FINDINGS;
import static org.disclose.model.ComplaintHeaders.GOAL;
import static org.disclose.model.ComplaintHeaders.HANDLING;
import static org.disclose.model.ComplaintHeaders.ID;
import static org.disclose.model.ComplaintHeaders.NUMBER;
import static org.disclose.model.ComplaintHeaders.REGION;
import static org.disclose.model.ComplaintHeaders.RESOLUTION;
import static org.disclose.model.ComplaintHeaders.SUMMARY;
import static org.disclose.model.ComplaintHeaders.TYPE;
import static org.disclose.model.ComplaintHeaders.TYPE_ALIAS;
import static org.disclose.model.ComplaintHeaders.VERDICT;

import org.disclose.text.Slugs;
import org.disclose.text.Suggest;
import org.disclose.text.Fields;
import org.disclose.text.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.disclose.content.table.Cell;
import org.disclose.content.table.Row;
import org.disclose.content.table.Table;
import org.disclose.content.table.TableReader;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.ComplaintHeaders;
import org.disclose.model.ContentDate;
import org.disclose.model.PollutionType;
import org.disclose.model.Resolution;
import org.disclose.model.Verdict;
import org.disclose.model.Where;

/**
 * {@code content/complaints/NAME.csv} (or {@code .xlsx}) with the column headers provinces publish
 * ({@link org.disclose.model.ComplaintHeaders}), plus the batch's
 * facts in the sidecar {@code NAME.yaml} (batch, assigned, round, sample, private). 是否属实, 问题类型 and 行政区域
 * may be unknown (an empty cell, 待核实 ...), and a table without one of those columns (or keeping it private) leaves it
 * unknown in every row; a column the office keeps private is skipped, cells and all; any other column the site does
 * not know is a warning at its header, since it is not published.
 */
public final class ComplaintReader {

    /**
     * Without these a case cannot be published or counted. 是否办结 stays required even the day a batch is assigned:
     * a table without it says nothing of the handling, and reading that as 未办结 would be an invented value that
     * the closure rate and the checks against declared figures would count.
     */
    static final List<String> REQUIRED = List.of(ID, SUMMARY, RESOLUTION);
    /** A table without one of these (a batch just assigned, not yet investigated) leaves it unknown in every row. */
    static final List<String> MAY_BE_ABSENT = List.of(REGION, TYPE, VERDICT);

    private ComplaintReader() {
    }

    /** The batch's facts beside its table: {@code batch-03.csv} has {@code batch-03.yaml}. */
    static Path sidecar(Path table) {
        String name = table.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return table.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".yaml");
    }

    public static Optional<ComplaintBatch> read(ContentFiles files, Path file, Diagnostics diagnostics) {
        String shown = files.shown(file);
        Path sidecar = sidecar(file);
        String sidecarShown = shown.substring(0, shown.lastIndexOf('.')) + ".yaml";
        if (!Files.isRegularFile(sidecar)) {
            diagnostics.error(SourcePos.file(shown), "the batch's facts are missing: create " + sidecarShown
                    + " with batch (第几批), assigned (交办日期) and round");
            return Optional.empty();
        }
        Optional<Fields> meta = files.text(sidecar, diagnostics)
                .flatMap(text -> YamlParser.parse(text, sidecarShown, 0, diagnostics))
                .flatMap(node -> Fields.of(node, diagnostics, "the complaint batch"));
        // the table is read from where it really is, which must be inside content/ (a listed link was checked)
        Optional<Table> table = files.admit(file, SourcePos.file(shown), diagnostics)
                .flatMap(real -> TableReader.read(real, shown, diagnostics));
        if (meta.isEmpty() && !diagnostics.hasErrorsFor(sidecarShown)) {
            diagnostics.error(SourcePos.file(sidecarShown), "the batch's facts are empty: give batch (第几批), "
                    + "assigned (交办日期) and round");
        }
        if (meta.isEmpty() || table.isEmpty()) {
            return Optional.empty();
        }
        Fields m = meta.get();
        Long batch = m.integer("batch");
        if (batch == null && !m.has("batch")) {
            m.missing("batch");
        } else if (batch != null && (batch < 1 || batch > 100_000)) {
            diagnostics.error(m.posOf("batch"), "batch must be a number from 1 (第1批) up, not " + batch);
            batch = null;
        }
        ContentDate assigned = m.date("assigned", true);
        String round = m.requireString("round");
        boolean sample = m.bool("sample", false);
        Set<String> kept = new HashSet<>(m.strings("private"));
        for (String name : kept) {
            if (REQUIRED.contains(name)) {
                diagnostics.error(m.posOf("private"), "'" + name + "' is listed as private, but every case publishes "
                        + "it: remove it from 'private'");
                meta = Optional.empty();
            }
        }
        m.reportUnknown();
        Optional<Columns> columns = Columns.of(table.get(), shown, kept, sidecarShown, diagnostics);
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        if (columns.isEmpty() || batch == null || assigned == null || round == null) {
            return Optional.empty();
        }
        List<Complaint> cases = new ArrayList<>(table.get().rows().size());
        boolean spreadsheet = file.getFileName().toString().endsWith(".xlsx"); // its cells have no finer position than the cell
        for (Row row : table.get().rows()) {
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cell(i);
                if (columns.get().kept().contains(i)) {
                    continue; // never read, so never published: what the office keeps private stays so
                }
                if (spreadsheet) {
                    files.guard().scanCell(cell.text(), cell.pos(), diagnostics);
                } else {
                    files.guard().scan(cell.text(), cell.textPos(), diagnostics);
                }
            }
            toComplaint(row, columns.get(), batch.intValue(), diagnostics).ifPresent(cases::add);
        }
        return Optional.of(new ComplaintBatch(batch.intValue(), assigned, round, sample, List.copyOf(cases),
                m.where()));
    }

    private static Optional<Complaint> toComplaint(Row row, Columns c, int batch, Diagnostics diagnostics) {
        Cell idCell = row.cell(c.id);
        String id = idCell.text();
        boolean ok = true;
        if (id.isEmpty()) {
            diagnostics.error(idCell.pos(), ID + " is empty: every case needs its acceptance number");
            ok = false;
        } else if (Slugs.nameProblem(id).isPresent()) {
            diagnostics.error(idCell.pos(), ID + " '" + id + "' is also the case's address: "
                    + Slugs.nameProblem(id).get() + "; correct the number as the office recorded it");
            ok = false;
        }
        Cell verdictCell = cellOrUnknown(row, c.verdict, idCell);
        Verdict verdict = ComplaintHeaders.isUnknown(verdictCell.text()) ? null
                : vocabulary(verdictCell, VERDICT, Verdict::parse, Verdict.labels(), UNKNOWN, diagnostics);
        boolean verdictOk = verdict != null || ComplaintHeaders.isUnknown(verdictCell.text());
        Resolution resolution = vocabulary(row.cell(c.resolution), RESOLUTION, Resolution::parse,
                Resolution.labels(), "", diagnostics);
        List<PollutionType> types = types(cellOrUnknown(row, c.type, idCell), c.typeName, diagnostics);
        Cell region = cellOrUnknown(row, c.region, idCell);
        boolean regionUnknown = ComplaintHeaders.isUnknown(region.text());
        if (regionUnknown) {
            // not known yet: counted as unknown, listed on no region's page
        } else if (Slugs.nameProblem(region.text()).isPresent()) {
            diagnostics.error(region.pos(), REGION + " '" + region.text() + "' names a page address: "
                    + Slugs.nameProblem(region.text()).get() + "; write the name of the city or county alone");
            ok = false;
        }
        Boolean keyCase = null;
        if (c.keyCase >= 0 && !row.cell(c.keyCase).isEmpty()) {
            Cell k = row.cell(c.keyCase);
            if (k.text().equals(YES) || k.text().equals(NO)) {
                keyCase = k.text().equals(YES);
            } else {
                diagnostics.error(k.pos(), KEY_CASE + " is '" + k.text() + "', which is not allowed; use " + YES
                        + " or " + NO + ", or leave it empty");
                ok = false;
            }
        }
        if (!ok || !verdictOk || resolution == null || types == null) {
            return Optional.empty();
        }
        return Optional.of(new Complaint(text(row, c.number), id, text(row, c.summary),
                regionUnknown ? null : region.text(), types, text(row, c.findings), verdict, text(row, c.goal),
                text(row, c.handling), resolution, text(row, c.accountability), text(row, c.channel), keyCase, batch,
                new Where(idCell.pos(), Map.of("id", idCell.pos()))));
    }

    /** The row's cell of a column, or an empty one (unknown) where the table has no such column or keeps it private. */
    private static Cell cellOrUnknown(Row row, int column, Cell idCell) {
        return column < 0 ? new Cell("", idCell.pos()) : row.cell(column);
    }

    /** What an error about 是否属实 or 问题类型 adds: how to say it is not known yet. */
    private static final String UNKNOWN = "; leave it empty or write " + UNKNOWN_TERMS.get(0)
            + " where it is not known yet";

    private static String text(Row row, int column) {
        return column < 0 ? null : emptyToNull(row.cell(column).text());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static <E> E vocabulary(Cell cell, String column, Function<String, Optional<E>> parse,
                                    List<String> allowed, String unknown, Diagnostics diagnostics) {
        if (cell.isEmpty()) {
            diagnostics.error(cell.pos(), column + " is empty: use one of: " + String.join(", ", allowed));
            return null;
        }
        Optional<E> value = parse.apply(cell.text());
        if (value.isEmpty()) {
            String hint = Suggest.didYouMean(cell.text(), allowed);
            diagnostics.error(cell.pos(), column + " is '" + cell.text() + "', which is not allowed" + hint
                    + "; use one of: " + String.join(", ", allowed) + unknown);
            return null;
        }
        return value.get();
    }

    /** 大气、水 — several types separated by 、 , ， ; ； / or spaces; none where the cell leaves it unknown. */
    private static List<PollutionType> types(Cell cell, String column, Diagnostics diagnostics) {
        if (ComplaintHeaders.isUnknown(cell.text())) {
            return List.of();
        }
        List<PollutionType> types = new ArrayList<>(2);
        boolean ok = true;
        for (String part : cell.text().split("[、,，;；/\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            PollutionType type = vocabulary(new Cell(part, cell.pos()), column, PollutionType::parse,
                    PollutionType.labels(), UNKNOWN, diagnostics);
            if (type == null) {
                ok = false;
            } else if (!types.contains(type)) {
                types.add(type);
            }
        }
        if (ok && types.isEmpty()) {
            diagnostics.error(cell.pos(), column + " is empty: use one or more of: "
                    + String.join(", ", PollutionType.labels()));
            return null;
        }
        return ok ? List.copyOf(types) : null;
    }

    /**
     * Where each published column is in this table; 污染类型 is accepted for 问题类型, 来源 for 受理方式. {@code kept}
     * are the columns the office keeps private, never read. Any other column is a warning at its header.
     */
    private record Columns(int number, int id, int summary, int region, int type, String typeName, int findings,
                           int verdict, int goal, int handling, int resolution, int accountability, int channel,
                           int keyCase, Set<Integer> kept) {

        static Optional<Columns> of(Table table, String shown, Set<String> privateNames, String sidecarShown,
                                    Diagnostics diagnostics) {
            int type = index(table, TYPE);
            String typeName = TYPE;
            if (type < 0 && index(table, TYPE_ALIAS) >= 0) {
                type = index(table, TYPE_ALIAS);
                typeName = TYPE_ALIAS;
            }
            boolean ok = true;
            for (String required : ComplaintHeaders.KNOWN) {
                if (!REQUIRED.contains(required) && !MAY_BE_ABSENT.contains(required)) {
                    continue;
                }
                int at = required.equals(TYPE) ? type : index(table, required);
                if (at < 0) {
                    SourcePos pos = table.header().isEmpty() ? SourcePos.file(shown) : table.header().get(0).pos();
                    String traditional = table.names().stream()
                            .filter(n -> Suggest.simplified(n, List.of(required, TYPE_ALIAS)).isPresent())
                            .map(n -> " (the column '" + n + "' is written in traditional characters: did you mean '"
                                    + Suggest.simplified(n, List.of(required, TYPE_ALIAS)).get() + "'?)")
                            .findFirst().orElse("");
                    if (MAY_BE_ABSENT.contains(required) && traditional.isEmpty()) {
                        continue; // unknown in every row
                    }
                    diagnostics.error(pos, "missing column '" + required + "'" + (required.equals(TYPE)
                            ? " (or '" + TYPE_ALIAS + "')" : "") + " in " + shown + traditional + "; its columns are: "
                            + String.join(", ", table.names()));
                    ok = false;
                }
            }
            if (!ok) {
                return Optional.empty(); // the error lists the columns the table has
            }
            Set<Integer> kept = new HashSet<>();
            for (int i = 0; i < table.header().size(); i++) {
                Cell header = table.header().get(i);
                if (privateNames.contains(header.text())) {
                    kept.add(i);
                } else if (!ComplaintHeaders.KNOWN.contains(header.text())) {
                    diagnostics.warning(header.pos(), "the column '" + header.text() + "' is not published: it is "
                            + "none of the columns a complaint table has"
                            + Suggest.didYouMean(header.text(), ComplaintHeaders.KNOWN) + "; if the office keeps "
                            + "it private, list it in " + sidecarShown + " as private: [" + header.text() + "]");
                } else if (header.text().equals(TYPE_ALIAS) && index(table, TYPE) >= 0
                        || header.text().equals(CHANNEL_ALIAS) && index(table, CHANNEL) >= 0) {
                    String main = header.text().equals(TYPE_ALIAS) ? TYPE : CHANNEL;
                    diagnostics.warning(header.pos(), "the column '" + header.text() + "' is not published: the "
                            + "table has '" + main + "', which it stands for; remove one of them, or if the office "
                            + "keeps it private, list it in " + sidecarShown + " as private: [" + header.text() + "]");
                }
            }
            int channel = index(table, CHANNEL) >= 0 ? index(table, CHANNEL) : index(table, CHANNEL_ALIAS);
            return Optional.of(new Columns(index(table, NUMBER), index(table, ID), index(table, SUMMARY),
                    index(table, REGION), type, typeName, index(table, FINDINGS), index(table, VERDICT),
                    index(table, GOAL), index(table, HANDLING), index(table, RESOLUTION),
                    index(table, ACCOUNTABILITY), channel, index(table, KEY_CASE), Set.copyOf(kept))
                    .withoutKept());
        }

        /** Private columns are never read, a known one (责任人被处理情况, 是否属实 ...) included: those are unknown. */
        private Columns withoutKept() {
            return new Columns(k(number), id, k(summary), k(region), k(type), typeName, k(findings), k(verdict),
                    k(goal), k(handling), resolution, k(accountability), k(channel), k(keyCase), kept);
        }

        private int k(int column) {
            return kept.contains(column) ? -1 : column;
        }

        private static int index(Table table, String name) {
            OptionalInt i = table.column(name);
            return i.isPresent() ? i.getAsInt() : -1;
        }
    }
}
