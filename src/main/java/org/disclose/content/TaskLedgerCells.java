package org.disclose.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a task ledger's cells are written, turned into the values of a task's fields: several measures in one cell, one
 * a line; several units in one cell; a date cell of a workbook, which Excel stores as a day number.
 */
final class TaskLedgerCells {

    /** 1. 1． 1、 (not 1.5, a number), （1） (1), ① to ⑳: the numbering an office types before each measure. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(\\d{1,2})[.．、](?!\\d)|[（(](\\d{1,2})[）)]|([\\u2460-\\u2473]))\\s*(.*)$", Pattern.DOTALL);
    /** A whole number of five digits, as a workbook's date cell reads (2023-05-10 is 45056), with any time of day. */
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{5})(?:\\.\\d+)?");
    /** Day 0 of Excel's day numbers (its 1900 date system; from 1900-03-01 on, the days count from here). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,;；\\n]+");

    private TaskLedgerCells() {
    }

    /**
     * The measures of a 整改措施 cell, one a line, blank lines left out. Their numbering is removed only where it
     * surely is numbering: the cell has two lines or more, each starts with a number of the same style (1. or 1、,
     * （1）, ①), and the numbers run 1, 2, 3 ... in order. Anything else is kept as written (the site numbers the list).
     */
    static List<String> measures(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\\r?\\n|\\r")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        if (lines.size() < 2) {
            return lines;
        }
        List<String> stripped = new ArrayList<>(lines.size());
        int style = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (!m.matches() || m.group(4).isBlank()) {
                return lines;
            }
            int lineStyle = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            int number = lineStyle == 3 ? m.group(3).charAt(0) - 0x245F : Integer.parseInt(m.group(lineStyle));
            if (style >= 0 && lineStyle != style || number != i + 1) {
                return lines;
            }
            style = lineStyle;
            stripped.add(m.group(4).strip());
        }
        return stripped;
    }

    /** The units of a 牵头单位 or 配合单位 cell, separated by 、 ， , ; ； or line breaks. */
    static List<String> units(String cell) {
        List<String> units = new ArrayList<>();
        for (String unit : UNIT_SEPARATORS.split(cell)) {
            if (!unit.isBlank()) {
                units.add(unit.strip());
            }
        }
        return units;
    }

    /**
     * A date cell's text: in a workbook, a day number (what Excel stores for a cell formatted as a date) becomes the
     * day it stands for, 45056 → 2023-05-10; anything else is read as written.
     */
    static String date(String cell, boolean workbook) {
        Matcher m = DAY_NUMBER.matcher(cell);
        if (!workbook || !m.matches()) {
            return cell;
        }
        return EXCEL_EPOCH.plusDays(Long.parseLong(m.group(1))).toString();
    }
}
