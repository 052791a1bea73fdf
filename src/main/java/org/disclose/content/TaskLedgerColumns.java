package org.disclose.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.content.table.Cell;
import org.disclose.content.table.Table;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ContentDate;
import org.disclose.text.Suggest;

/**
 * Where each field of a task ledger's sheet is: the headers of the published 整改任务清单 and their aliases, each naming
 * a field of a task ({@code problem}, {@code leadUnits} ...; {@code note} is the latest progress note), and in the
 * main sheet the dated pairs 整改状态（2022-09-30） and 整改进展（2022-09-30）. A column the sidecar lists as private is
 * never read; any other column is a warning at its header, with the header it most resembles.
 */
final class TaskLedgerColumns {

    /** The main sheet's headers, each with the field it gives; the first header of a field is its name in messages. */
    static final Map<String, String> TASK_HEADERS = ordered(
            "序号", "id",
            "督察反馈问题", "problem", "反馈问题", "problem", "问题", "problem",
            "整改目标", "target",
            "整改措施", "measures",
            "责任领导", "leader",
            "牵头单位", "leadUnits", "责任单位", "leadUnits",
            "配合单位", "supportingUnits",
            "整改时限", "deadline",
            "行政区域", "region", "地区", "region",
            "整改状态", "status",
            "整改进展", "note", "完成情况", "note");

    /** The progress sheet's headers (整改进展 or 进展), one row an entry. */
    static final Map<String, String> PROGRESS_HEADERS = ordered(
            "序号", "id",
            "日期", "date",
            "整改状态", "status",
            "进展情况", "note", "整改进展", "note", "完成情况", "note");

    static final List<String> TASK_REQUIRED = List.of("id", "problem", "status");
    static final List<String> PROGRESS_REQUIRED = List.of("id", "date", "status");

    /** 整改状态（2022-09-30）, with full- or half-width parentheses. */
    private static final Pattern DATED = Pattern.compile("(整改状态|整改进展|完成情况|进展情况)\\s*[（(]\\s*(.*?)\\s*[）)]");

    /** A dated pair of the main sheet: the columns of one date's status and note, -1 where absent. */
    record Dated(ContentDate date, Cell header, int status, int note) {
    }

    private final Map<String, Integer> fields;
    private final Set<Integer> kept;
    private final List<Dated> dated;

    private TaskLedgerColumns(Map<String, Integer> fields, Set<Integer> kept, List<Dated> dated) {
        this.fields = fields;
        this.kept = kept;
        this.dated = dated;
    }

    /** The column of a field, or -1 when the sheet has none (or keeps it private). */
    int of(String field) {
        return fields.getOrDefault(field, -1);
    }

    Set<Integer> kept() {
        return kept;
    }

    /** The dated pairs, oldest first. */
    List<Dated> dated() {
        return dated;
    }

    /**
     * @param what     "a task ledger" or "a ledger's progress sheet", for messages
     * @param withDates whether dated pairs are read (the main sheet) or are columns like any other
     */
    static Optional<TaskLedgerColumns> of(Table table, String what, Map<String, String> headers,
                                          List<String> required, boolean withDates, Set<String> privateNames,
                                          String sidecarShown, Diagnostics diagnostics) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        Set<Integer> kept = new HashSet<>();
        Map<ContentDate, Integer[]> byDate = new LinkedHashMap<>();
        Map<ContentDate, Cell> dateHeaders = new LinkedHashMap<>();
        boolean ok = true;
        // given only when the sheet has every column it needs, as for complaints
        List<Runnable> warnings = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            Cell header = table.header().get(i);
            String name = header.text();
            Matcher m = DATED.matcher(name);
            if (privateNames.contains(name)) {
                kept.add(i);
            } else if (headers.containsKey(name)) {
                String field = headers.get(name);
                Integer first = fields.putIfAbsent(field, i);
                if (first != null) {
                    String main = table.header().get(first).text();
                    warnings.add(() -> diagnostics.warning(header.pos(), "the column '" + name + "' is not "
                            + "published: the table has '" + main + "', which it stands for; remove one of them, or if "
                            + "the office keeps it private, list it in " + sidecarShown + " as private: [" + name
                            + "]"));
                }
            } else if (withDates && m.matches()) {
                Optional<ContentDate> date = ContentDate.parse(m.group(2));
                boolean status = m.group(1).equals("整改状态");
                if (date.isEmpty()) {
                    diagnostics.error(header.pos(), "the column '" + name + "' is dated '" + m.group(2)
                            + "', which is not a valid date: write the date as YYYY-MM-DD, " + m.group(1)
                            + "（2022-09-30）");
                    ok = false;
                    continue;
                }
                Integer[] pair = byDate.computeIfAbsent(date.get(), d -> new Integer[] {-1, -1});
                dateHeaders.putIfAbsent(date.get(), header);
                int slot = status ? 0 : 1;
                if (pair[slot] >= 0) {
                    diagnostics.error(header.pos(), "the column '" + name + "' repeats the column '"
                            + table.header().get(pair[slot]).text() + "': give each date's "
                            + (status ? "status" : "progress") + " once");
                    ok = false;
                }
                pair[slot] = i;
            } else {
                warnings.add(() -> diagnostics.warning(header.pos(), "the column '" + name + "' is not published: "
                        + "it is none of the columns " + what + " has" + Suggest.didYouMean(name, headers.keySet())
                        + "; if the office keeps it private, list it in " + sidecarShown + " as private: ["
                        + name + "]"));
            }
        }
        for (String field : required) {
            if (!fields.containsKey(field)) {
                List<String> names = namesOf(headers, field);
                SourcePos pos = table.header().isEmpty() ? SourcePos.file(table.shownPath())
                        : table.header().get(0).pos();
                String traditional = table.names().stream()
                        .filter(n -> Suggest.simplified(n, names).isPresent())
                        .map(n -> " (the column '" + n + "' is written in traditional characters: did you mean '"
                                + Suggest.simplified(n, names).get() + "'?)")
                        .findFirst().orElse("");
                String or = names.size() == 1 ? "" : " (or '" + String.join("', '", names.subList(1, names.size()))
                        + "')";
                diagnostics.error(pos, "missing column '" + names.get(0) + "'" + or + " in " + table.shownPath()
                        + traditional + "; its columns are: " + String.join(", ", table.names()));
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        warnings.forEach(Runnable::run);
        List<Dated> dated = new ArrayList<>();
        byDate.forEach((date, pair) -> dated.add(new Dated(date, dateHeaders.get(date), pair[0], pair[1])));
        dated.sort(Comparator.comparing(Dated::date));
        return Optional.of(new TaskLedgerColumns(Map.copyOf(fields), Set.copyOf(kept), List.copyOf(dated)));
    }

    /** The headers of a field, its main one first. */
    static List<String> namesOf(Map<String, String> headers, String field) {
        return headers.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey).toList();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
