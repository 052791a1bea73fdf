package org.disclose.content.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Reads the first worksheet of an .xlsx workbook, streaming its XML: the first row that is not blank is the header.
 * Cells are shown as Excel's "General" format would: shared and inline strings as written, numbers as plain text
 * ({@link ExcelNumber}), booleans as TRUE and FALSE, error values such as #N/A as written, formulas by their last
 * computed value. Dates stay numbers: Excel stores a date as a day count (2023-05-10 is 45056), and telling it from a
 * number needs the cell's style, which this reader does not read; ask for dates typed as text, or convert the count.
 *
 * <p>Positions: a cell's {@link SourcePos} has line = the spreadsheet row number and col = the column number (A = 1),
 * so {@code table.xlsx:7:3} is cell C7.
 */
final class XlsxReader {

    /** The last row number Excel has. */
    static final int MAX_ROW_NUMBER = 1_048_576;

    static final String RESAVE = "open it in Excel or WPS and save it again, or save the table as 'CSV UTF-8'";

    /** A workbook whose structure is broken: reported once, for the whole file. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }

    private final TableBuilder table;
    private final XlsxCell cellReader;

    private XlsxReader(TableBuilder table, List<String> strings) {
        this.table = table;
        this.cellReader = new XlsxCell(table, strings);
    }

    static Optional<Table> read(Path file, String shownPath, Diagnostics diagnostics) {
        return read(file, shownPath, null, diagnostics);
    }

    /** The names of the workbook's worksheets in its order; none when it cannot be read (reading a sheet says why). */
    static List<String> sheetNames(Path file) {
        try (XlsxPackage pkg = new XlsxPackage(file)) {
            return XlsxParts.sheetNames(pkg, XlsxXml.factory());
        } catch (Damaged | XMLStreamException | IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** @param sheetName the worksheet to read, or null for the first */
    static Optional<Table> read(Path file, String shownPath, String sheetName, Diagnostics diagnostics) {
        TableBuilder table = new TableBuilder(shownPath, diagnostics);
        SourcePos whole = SourcePos.file(shownPath);
        XlsxPackage pkg;
        try {
            pkg = new XlsxPackage(file);
        } catch (ZipException e) {
            diagnostics.error(whole, "this is not an .xlsx workbook (it is not a zip archive): " + RESAVE);
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(whole, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        String part = "the workbook";
        try (pkg) {
            XMLInputFactory factory = XlsxXml.factory();
            XlsxParts parts = XlsxParts.find(pkg, factory, sheetName);
            part = parts.sharedStrings();
            List<String> strings = SharedStrings.read(pkg, parts.sharedStrings(), factory);
            part = parts.sheet();
            try (InputStream in = pkg.open(parts.sheet())) {
                if (in == null) {
                    throw new Damaged("its " + (sheetName == null ? "first " : "") + "worksheet " + parts.sheet()
                            + " is missing");
                }
                XMLStreamReader r = factory.createXMLStreamReader(in);
                new XlsxReader(table, strings).readSheet(r);
                r.close();
            }
            if (!table.hasHeader() && !table.hasErrors()) {
                table.error(whole, (sheetName == null ? "the first worksheet" : "the worksheet") + " ('"
                        + parts.sheetName() + "') is empty: put the column names in its first row, and the data below "
                        + "them");
            }
        } catch (Damaged e) {
            table.error(whole, "the workbook is damaged: " + e.getMessage() + "; " + RESAVE);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (pkg.overBudget()) {
                table.error(whole, "the workbook unpacks to more than " + (XlsxPackage.MAX_UNPACKED_BYTES >> 20)
                        + " MiB, or far more than its size suggests: it is damaged or a zip bomb; " + RESAVE);
            } else if (e instanceof XMLStreamException x) {
                String where = x.getLocation() == null ? "" : ", line " + x.getLocation().getLineNumber()
                        + ", column " + x.getLocation().getColumnNumber();
                table.error(whole, "the workbook is damaged (" + part + where + ": " + XlsxXml.message(x) + "); "
                        + RESAVE);
            } else {
                table.error(whole, "the workbook cannot be read (" + e + "); " + RESAVE);
            }
        }
        return table.build();
    }

    private void readSheet(XMLStreamReader r) throws XMLStreamException, Damaged {
        int rowNumber = 0;
        boolean inData = false;
        while (r.hasNext() && !table.stopped()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("sheetData")) {
                    inData = true;
                } else if (inData && name.equals("row")) {
                    rowNumber = rowNumber(r.getAttributeValue(null, "r"), rowNumber);
                    if (!readRow(r, rowNumber)) {
                        return;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheetData")) {
                return;
            }
        }
    }

    private static int rowNumber(String attribute, int previous) throws Damaged {
        if (attribute == null) {
            if (previous >= MAX_ROW_NUMBER) {
                throw new Damaged("it has a row after row " + MAX_ROW_NUMBER + ", the last one Excel has");
            }
            return previous + 1;
        }
        int n = attribute.length() > 7 ? -1 : 0;
        for (int i = 0; i < attribute.length() && n >= 0; i++) {
            char c = attribute.charAt(i);
            n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : -1;
        }
        if (n < 1 || n > MAX_ROW_NUMBER) {
            throw new Damaged("it has a row numbered '" + attribute + "'; Excel numbers rows from 1 to "
                    + MAX_ROW_NUMBER);
        }
        return n;
    }

    /**
     * The 1-based column of a cell reference of row {@code row}: one to three capital letters up to XFD, then the
     * row's own number (C7 in row 7). -1 for anything else (A0, A-1, C8 in row 7, a twenty-digit row, AAAA7, $C$7),
     * which a reader that looked at the letters alone would put over another cell.
     */
    static int column(String reference, int row) {
        int n = reference.length();
        int i = 0;
        int column = 0;
        while (i < n && i < 3 && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
            column = column * 26 + (reference.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || column > TableReader.MAX_COLUMNS || i == n || reference.charAt(i) == '0' || n - i > 7) {
            return -1;
        }
        int number = 0;
        for (; i < n; i++) {
            char c = reference.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number == row ? column : -1;
    }

    /** The reference of a cell: C7. */
    static String name(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    /** A reference as a message quotes it: at most 20 characters, control characters as '?'. */
    private static String quoted(String reference) {
        String s = reference.length() > 20 ? reference.substring(0, 20) + "..." : reference;
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    /** Reads one {@code <row>}; false if the reader should stop. */
    private boolean readRow(XMLStreamReader r, int rowNumber) throws XMLStreamException, Damaged {
        boolean header = !table.hasHeader();
        int width = table.width();
        List<Cell> headerCells = header ? new ArrayList<>() : null;
        Cell[] cells = header ? null : new Cell[width];
        java.util.BitSet filled = new java.util.BitSet();
        int column = 0;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the part ends inside a row");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!r.getLocalName().equals("c")) {
                XlsxXml.skip(r);
                continue;
            }
            String reference = r.getAttributeValue(null, "r");
            int at;
            if (reference == null) {
                if (column >= TableReader.MAX_COLUMNS) {
                    throw new Damaged("it has a cell after column XFD, the last one Excel has");
                }
                at = column + 1;
            } else {
                at = column(reference, rowNumber);
            }
            SourcePos pos = new SourcePos(table.shownPath(), rowNumber, at > 0 ? at : column + 1);
            if (at < 0 || filled.get(at)) {
                table.error(pos, at < 0
                        ? "the cell reference '" + quoted(reference) + "' is not a cell of row " + rowNumber
                                + " (a column from A to XFD, then " + rowNumber + "): the file is damaged; " + RESAVE
                        : "cell " + name(at, rowNumber) + " is written twice in row " + rowNumber + ", the second "
                                + "over the first: the file is damaged; " + RESAVE);
                XlsxXml.skip(r);
                continue;
            }
            filled.set(at);
            column = at;
            Cell cell = cellReader.read(r, pos);
            if (header) {
                while (headerCells.size() < column) {
                    headerCells.add(empty(rowNumber, headerCells.size() + 1));
                }
                headerCells.set(column - 1, cell);
            } else if (column <= width) {
                cells[column - 1] = cell;
            } else if (!cell.isEmpty()) {
                table.unnamed(cell, column);
            }
        }
        if (header) {
            boolean blank = headerCells.stream().allMatch(Cell::isEmpty);
            return blank || table.header(headerCells);
        }
        for (int i = 0; i < width; i++) {
            if (cells[i] == null) {
                cells[i] = empty(rowNumber, i + 1);
            }
        }
        return table.row(rowNumber, Arrays.asList(cells));
    }

    private Cell empty(int rowNumber, int column) {
        return new Cell("", new SourcePos(table.shownPath(), rowNumber, column));
    }
}
