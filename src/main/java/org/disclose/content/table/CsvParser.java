package org.disclose.content.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Parses CSV text (RFC 4180) into a table: cells separated by commas, records ended by LF, CR or CR LF, and a cell in
 * double quotes may hold commas, line breaks and quotes written twice ({@code ""}). A quote only opens a quoted cell
 * at the very start of the cell; elsewhere it is an ordinary character, as in Excel. The first record that is not
 * blank is the header, and every other record must have as many cells as the header.
 *
 * <p>Positions: lines count physical lines (so a cell after a multi-line cell is on a later line than its record's
 * first line), columns count characters from 1. One pass over the text, no regular expressions.
 */
final class CsvParser {

    private final String text;
    private final int n;
    private final TableBuilder table;
    private int i;
    private int line = 1;
    private int col = 1;
    /** Set when a quote is never closed: the rest of the file is inside that cell, so parsing ends. */
    private boolean fatal;
    /** Whether the record just read has a cell that is not empty: blank records are skipped. */
    private boolean recordHasText;

    private CsvParser(String text, TableBuilder table) {
        this.text = text;
        this.n = text.length();
        this.table = table;
    }

    static Optional<Table> parse(String text, String shownPath, Diagnostics diagnostics) {
        TableBuilder table = new TableBuilder(shownPath, diagnostics);
        new CsvParser(text, table).run();
        if (!table.hasHeader() && !table.hasErrors()) {
            diagnostics.error(SourcePos.file(shownPath), "the file is empty: the first line must name the columns, "
                    + "separated by commas, such as 序号,受理编号,交办问题基本情况,行政区域");
        }
        return table.build();
    }

    private void run() {
        int rawWidth = -1;
        while (i < n && !fatal && !table.stopped()) {
            int recordLine = line;
            int keep = rawWidth < 0 ? TableReader.MAX_COLUMNS + 1 : rawWidth;
            List<Cell> cells = new ArrayList<>(rawWidth < 0 ? 16 : rawWidth);
            int count = readRecord(cells, keep);
            if (fatal || !recordHasText) {
                continue;
            }
            if (rawWidth < 0) {
                if (count > TableReader.MAX_COLUMNS) {
                    table.error(new SourcePos(table.shownPath(), recordLine, 1), "the header has more than "
                            + TableReader.MAX_COLUMNS + " columns: a table may have at most that many");
                    return;
                }
                if (!table.header(cells)) {
                    return;
                }
                rawWidth = count;
            } else if (count != rawWidth) {
                table.error(new SourcePos(table.shownPath(), recordLine, 1), "row has " + count
                        + (count == 1 ? " cell" : " cells") + " but the header has " + rawWidth + ": every row "
                        + "needs one cell per column; look for a missing or extra comma, and put a cell that "
                        + "contains a comma in double quotes");
            } else if (!table.row(recordLine, cells)) {
                return;
            }
        }
    }

    /**
     * Reads one record up to and including its line end, keeping its first {@code keep} cells (a hostile record
     * cannot make a huge list). Returns the number of cells it has, and sets {@link #recordHasText}.
     */
    private int readRecord(List<Cell> cells, int keep) {
        int count = 0;
        recordHasText = false;
        while (true) {
            Cell cell = readCell();
            if (fatal) {
                return count;
            }
            count++;
            recordHasText |= !cell.isEmpty();
            if (count <= keep) {
                cells.add(cell);
            }
            if (i >= n) {
                return count;
            }
            char c = text.charAt(i);
            if (c == ',') {
                i++;
                col++;
                continue;
            }
            // A line end: readCell stops only at a comma, a line end or the end of the text.
            i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            line++;
            col = 1;
            return count;
        }
    }

    /** Reads one cell, leaving {@code i} on the comma or line end after it (or at the end of the text). */
    private Cell readCell() {
        SourcePos pos = here();
        if (i < n && text.charAt(i) == '"') {
            return readQuoted(pos);
        }
        int start = i;
        SourcePos textPos = null;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            textPos = textStart(textPos, c);
            if (!Character.isLowSurrogate(c)) {
                col++;
            }
            i++;
        }
        return cell(CellText.trim(text, start, i), pos, textPos);
    }

    private Cell readQuoted(SourcePos pos) {
        i++;
        col++;
        StringBuilder unescaped = null;
        int segment = i;
        SourcePos textPos = null;
        while (true) {
            if (i >= n) {
                table.error(pos, "this quote is not closed: end the cell with a double quote (\"), and write a "
                        + "quote inside a cell as two quotes (\"\")");
                fatal = true;
                return null;
            }
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < n && text.charAt(i + 1) == '"') {
                    textPos = textStart(textPos, c);
                    if (unescaped == null) {
                        unescaped = new StringBuilder();
                    }
                    unescaped.append(text, segment, i + 1);
                    i += 2;
                    col += 2;
                    segment = i;
                    continue;
                }
                break;
            }
            textPos = textStart(textPos, c);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
            i++;
        }
        String value = unescaped == null ? CellText.trim(text, segment, i)
                : CellText.trim(unescaped.append(text, segment, i));
        i++;
        col++;
        afterClosingQuote();
        return cell(value, pos, textPos);
    }

    private SourcePos here() {
        return new SourcePos(table.shownPath(), line, col);
    }

    /**
     * Where the cell's text starts: {@code found} if already known, else here when {@code c}, the character at
     * {@code i}, is the first that trimming keeps. Line breaks count as space, so in a quoted cell the text may start
     * on a later line than the quote.
     */
    private SourcePos textStart(SourcePos found, char c) {
        return found != null || CellText.isSpace(c) ? found : here();
    }

    /** Only space may follow a closing quote before the comma or line end; anything else is reported and skipped. */
    private void afterClosingQuote() {
        int start = i;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        if (CellText.isBlank(text, start, i)) {
            col += text.codePointCount(start, i);
            return;
        }
        int firstText = start;
        while (CellText.isSpace(text.charAt(firstText))) {
            firstText++;
        }
        table.error(new SourcePos(table.shownPath(), line, col + text.codePointCount(start, firstText)),
                "text after the closing quote of a cell: put the whole cell in double quotes, and write a quote "
                        + "inside it as two quotes (\"\")");
        col += text.codePointCount(start, i);
    }

    /** {@code textPos} is null when the cell is only space: its text, empty, is then said to start with the cell. */
    private Cell cell(String value, SourcePos pos, SourcePos textPos) {
        if (value.length() > TableReader.MAX_CELL_CHARS) {
            table.error(pos, "this cell has " + value.length() + " characters, more than the "
                    + TableReader.MAX_CELL_CHARS + " a cell may have: shorten it, or check for a quote that is not "
                    + "closed before it");
            return new Cell("", pos);
        }
        return new Cell(value, pos, textPos == null ? pos : textPos);
    }
}
