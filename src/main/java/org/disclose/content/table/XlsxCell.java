package org.disclose.content.table;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.disclose.diag.SourcePos;

/**
 * One cell ({@code <c>}) of a worksheet, turned into the text Excel shows for it. Its type attribute {@code t} says
 * where the value is: {@code s} an index into the shared strings, {@code inlineStr} text in {@code <is>}, {@code n}
 * (or none) a number, {@code b} a boolean, {@code str} a formula's text, {@code e} an error value such as #N/A, and
 * {@code d} an ISO 8601 date. A formula ({@code <f>}) is ignored: its last computed value is in {@code <v>}.
 */
final class XlsxCell {

    private static final String RESAVE = XlsxReader.RESAVE;

    private final TableBuilder table;
    private final List<String> strings;

    XlsxCell(TableBuilder table, List<String> strings) {
        this.table = table;
        this.strings = strings;
    }

    /** Reads one {@code <c>} element and gives its text as Excel shows it; a problem is an error at the cell. */
    Cell read(XMLStreamReader r, SourcePos pos) throws XMLStreamException {
        String type = r.getAttributeValue(null, "t");
        String value = null;
        String inline = null;
        boolean tooLong = false;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the part ends inside a cell");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v" -> {
                        value = XlsxXml.text(r, false);
                        tooLong |= value == null;
                    }
                    case "is" -> {
                        inline = XlsxXml.text(r, true);
                        tooLong |= inline == null;
                    }
                    default -> XlsxXml.skip(r);
                }
            }
        }
        if (tooLong) {
            return problem(pos, "this cell has more than " + TableReader.MAX_CELL_CHARS + " characters: shorten it");
        }
        String text;
        switch (type == null ? "n" : type) {
            case "inlineStr" -> text = inline != null ? inline : value;
            case "s" -> {
                if (value == null) {
                    text = null;
                } else {
                    int index = index(value);
                    if (index < 0 || index >= strings.size()) {
                        return problem(pos, "this cell refers to shared string '" + value + "', but the workbook "
                                + "has " + strings.size() + ": the file is damaged; " + RESAVE);
                    }
                    text = strings.get(index);
                    if (text == null) {
                        return problem(pos, "this cell has more than " + TableReader.MAX_CELL_CHARS
                                + " characters: shorten it");
                    }
                }
            }
            case "n" -> {
                if (value != null && ExcelNumber.isRounded(value.strip())) {
                    return problem(pos, "this number has more digits than the 15 Excel keeps, so Excel has already "
                            + "replaced its last digits with zeros (an ID, card or case number loses its end): format "
                            + "the column as text (设置单元格格式 → 文本), type the numbers again, and save");
                }
                text = value == null ? null : ExcelNumber.format(value.strip());
                if (value != null && text == null) {
                    return problem(pos, "this cell should hold a number but has '" + value + "': " + RESAVE);
                }
            }
            case "b" -> {
                text = value == null ? null : value.strip().equals("1") ? "TRUE" : value.strip().equals("0") ? "FALSE"
                        : null;
                if (value != null && text == null) {
                    return problem(pos, "this cell should hold TRUE or FALSE but has '" + value + "': " + RESAVE);
                }
            }
            case "str", "e", "d" -> text = value;
            default -> {
                return problem(pos, "this cell has an unknown type '" + type + "': " + RESAVE);
            }
        }
        return new Cell(text == null ? "" : CellText.trim(text), pos);
    }

    private Cell problem(SourcePos pos, String message) {
        table.error(pos, message);
        return new Cell("", pos);
    }

    /** A shared string index: plain digits, or -1. */
    private static int index(String value) {
        String s = value.strip();
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
