package org.disclose.content.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Reads a table that an office keeps as a spreadsheet: {@code .csv} (see {@link CsvParser}, encodings in
 * {@link TextDecoding}) or {@code .xlsx} (see {@link XlsxReader}). The first row names the columns. Every problem is
 * a located diagnostic; the result is empty when the file has any error.
 *
 * <p>Hostile files are bounded: at most {@link #MAX_FILE_BYTES} on disk, {@link #MAX_ROWS} rows,
 * {@link #MAX_COLUMNS} columns, {@link #MAX_CELLS} cells, {@link #MAX_CELL_CHARS} characters in a cell, and an .xlsx
 * may unpack to at most
 * {@link XlsxPackage#MAX_UNPACKED_BYTES}, a part at most 100 times its packed size (so a zip bomb fails early,
 * streaming, without filling memory; see {@link XlsxPackage}).
 *
 * <p>Library choice for .xlsx: none. The .xlsx reader uses only the JDK ({@code java.util.zip} and the StAX parser
 * of {@code java.xml}) in seven small files here, adding nothing to {@code disclose.jar}. Apache POI (poi-ooxml 5.5.1)
 * is 19 MB in 13 jars. The small alternative, {@code org.dhatim:fastexcel-reader} 0.20.2 (41 KB), brings 3.3 MB in 7
 * jars (aalto-xml, stax2-api, commons-compress, commons-io, commons-lang3, commons-codec) — more than the whole
 * 1.3 MB {@code disclose.jar} — and cannot be made safe from outside: a 1 KB workbook with the cell reference
 * {@code FXSHRXW1} makes it allocate a row of 2^31 cells and run out of a 1 GiB heap, and nothing limits what it
 * unpacks. Reading the few parts we need ourselves keeps every limit in our hands.
 */
public final class TableReader {

    // The limits hold a table in the launcher's heap (-Xmx1700m) with room for the rest of the build: a 64 MiB CSV
    // is up to 128 MiB of text in memory, and each cell costs about 100 bytes besides its text. Measured (see
    // docs/content.md, section 14.4): a site of 100,000 cases in two 60 MiB tables builds within that heap; one
    // 200 MiB table of 261,000 cases did not.

    /** Data rows a table may have: a batch of complaints has hundreds, a whole round tens of thousands. */
    public static final int MAX_ROWS = 100_000;
    /** Characters a cell may have: Excel's own limit, so every cell a workbook can hold. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Columns a table may have (Excel's own limit, column XFD). */
    public static final int MAX_COLUMNS = 16_384;
    /** Cells a table may have, rows times named columns: 100,000 rows of 20 columns. */
    public static final int MAX_CELLS = 2_000_000;
    /** Bytes a table file may have on disk. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final String SAVE_AS = "save it from Excel or WPS as 'Excel 工作簿 (*.xlsx)' or as 'CSV UTF-8'";

    private TableReader() {
    }

    public static Optional<Table> read(Path file, String shownPath, Diagnostics diagnostics) {
        return read(file, shownPath, null, diagnostics);
    }

    /** @param sheetName the worksheet of an .xlsx to read (see {@link #readSheet}), or null for the first */
    private static Optional<Table> read(Path file, String shownPath, String sheetName, Diagnostics diagnostics) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        SourcePos whole = SourcePos.file(shownPath);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            diagnostics.error(whole, name.endsWith(".xls") || name.endsWith(".et")
                    ? "old-style workbooks (.xls, .et) cannot be read: " + SAVE_AS
                    : "not a table file: a table must be a .csv or .xlsx file; " + SAVE_AS);
            return Optional.empty();
        }
        byte[] head = new byte[8];
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(whole, String.format(Locale.ROOT, "the file has %,d bytes, more than the %d MiB a "
                        + "table may have: split the table into several files", size, MAX_FILE_BYTES >> 20));
                return Optional.empty();
            }
            if (size >= head.length) {
                try (var in = Files.newInputStream(file)) {
                    in.readNBytes(head, 0, head.length);
                }
            }
            if (isOle2(head)) {
                diagnostics.error(whole, "this is an old-style (.xls) or password-protected workbook, which cannot be "
                        + "read: remove any password and " + SAVE_AS);
                return Optional.empty();
            }
            if (csv) {
                if (head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                    diagnostics.error(whole, "this is an Excel workbook with a .csv name: rename it to .xlsx, or "
                            + SAVE_AS);
                    return Optional.empty();
                }
                return TextDecoding.decode(Files.readAllBytes(file), shownPath, diagnostics)
                        .flatMap(text -> CsvParser.parse(text, shownPath, diagnostics));
            }
            return sheetName == null ? XlsxReader.read(file, shownPath, diagnostics)
                    : XlsxReader.read(file, sheetShown(shownPath, sheetName), sheetName, diagnostics);
        } catch (IOException e) {
            diagnostics.error(whole, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The text of a CSV file as {@link #read} decodes it (UTF-8, or GB18030 as Excel writes it), whatever its rows
     * hold; empty after an error when it cannot be decoded.
     */
    public static Optional<String> csvText(Path file, String shownPath, Diagnostics diagnostics) throws IOException {
        return TextDecoding.decode(Files.readAllBytes(file), shownPath, diagnostics);
    }

    /**
     * The names of an .xlsx workbook's worksheets, in its order; none for a CSV file or a workbook that cannot be read
     * (reading its first sheet with {@link #read} reports why).
     */
    public static List<String> sheetNames(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? XlsxReader.sheetNames(file) : List.of();
    }

    /**
     * The worksheet {@code sheetName} of an .xlsx workbook that has it (see {@link #sheetNames}), read as
     * {@link #read} reads the first, after the same checks of the file; its cells are located as
     * {@code shownPath[sheetName]:row:col}, so that a message names the sheet.
     */
    public static Optional<Table> readSheet(Path file, String shownPath, String sheetName, Diagnostics diagnostics) {
        return read(file, shownPath, sheetName, diagnostics);
    }

    /** How a cell of a workbook's named sheet is located: {@code content/tasks/ledger.xlsx[整改进展]}. */
    public static String sheetShown(String shownPath, String sheetName) {
        return shownPath + "[" + sheetName + "]";
    }

    private static boolean isOle2(byte[] head) {
        return (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0;
    }
}
