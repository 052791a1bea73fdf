package org.disclose.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.disclose.content.table.Cell;
import org.disclose.content.table.OfficeParts;
import org.disclose.content.table.Row;
import org.disclose.content.table.Table;
import org.disclose.content.table.TableReader;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Attachment;

/**
 * Reads the text of an attachment that has text to read before it is published: every cell of a CSV file and of
 * every sheet of an .xlsx, and every paragraph of a .docx, scanned for personal data; and the author fields of an
 * .xlsx's or .docx's properties, which are published with the file. Every finding is reported at the attachment's
 * entry, saying where in the file it is and masked. PDF, OFD, old Office files and zip archives are not read.
 */
final class AttachmentScan {

    private AttachmentScan() {
    }

    static void check(String file, Path real, SourcePos at, ContentFiles files, Diagnostics diagnostics) {
        if (!Attachment.scanned(file)) {
            return;
        }
        String ext = Attachment.extension(file);
        try {
            if (ext.equals("docx")) {
                List<String> paragraphs = OfficeParts.paragraphs(real);
                for (int i = 0; i < paragraphs.size(); i++) {
                    report(files.guard().described(paragraphs.get(i)), file, "paragraph " + (i + 1), at,
                            diagnostics);
                }
            } else if (ext.equals("csv")) {
                // the whole text, whatever its rows hold: a report's CSV may have a title line or rows of any width
                Diagnostics scratch = new Diagnostics();
                String text = TableReader.csvText(real, file, scratch)
                        .orElseThrow(() -> new IOException("it is neither UTF-8 nor GB18030 text"));
                for (var found : files.guard().described(text, new SourcePos(file, 1, 1))) {
                    report(List.of(found.what()), file, "line " + found.pos().line() + ", column "
                            + found.pos().col(), at, diagnostics);
                }
            } else {
                List<Table> tables = tables(real, file);
                if (tables == null) {
                    // a layout the table reader refuses (a title row, columns of one name): every cell as stored
                    for (OfficeParts.RawCell cell : OfficeParts.cells(real)) {
                        report(files.guard().described(cell.text()), file, cell.part() + ", cell " + cell.ref(), at,
                                diagnostics);
                    }
                }
                for (Table table : tables == null ? List.<Table>of() : tables) {
                    cells(table, file, at, files, diagnostics);
                }
            }
            if (!ext.equals("csv")) {
                List<String> authors = OfficeParts.authorFields(real);
                if (!authors.isEmpty()) {
                    diagnostics.warning(at, "attachment '" + file + "' names its author in docProps/core.xml ("
                            + String.join(", ", authors) + "), which is published with the file: remove it (in Word, "
                            + "Excel or WPS: 文件 > 信息 > 检查文档, or the file's properties) and save the file again");
                }
            }
        } catch (IOException e) {
            diagnostics.error(at, "attachment '" + file + "' cannot be read to check it for personal data ("
                    + e.getMessage() + "): save it again from Word, Excel or WPS");
        }
    }

    /** Each sheet of a workbook as a table; null when one of them is not a table the table reader reads. */
    private static List<Table> tables(Path real, String file) {
        Diagnostics scratch = new Diagnostics();
        List<String> sheets = TableReader.sheetNames(real);
        List<Table> tables = new java.util.ArrayList<>();
        if (sheets.isEmpty()) {
            TableReader.read(real, file, scratch).ifPresent(tables::add);
        }
        for (String sheet : sheets) {
            TableReader.readSheet(real, file, sheet, scratch).ifPresent(tables::add);
        }
        return scratch.hasErrors() ? null : tables;
    }

    private static void cells(Table table, String file, SourcePos at, ContentFiles files,
                              Diagnostics diagnostics) {
        List<Cell> all = new java.util.ArrayList<>(table.header());
        for (Row row : table.rows()) {
            all.addAll(row.cells());
        }
        for (Cell cell : all) {
            if (cell.isEmpty()) {
                continue;
            }
            SourcePos p = cell.pos();
            String where = sheetOf(p.path()) + "cell " + column(p.col()) + p.line();
            report(files.guard().described(cell.text()), file, where, at, diagnostics);
        }
    }

    /** {@code sheet 'Sheet1', } from a cell's location {@code file.xlsx[Sheet1]}; empty for a first sheet read plain. */
    private static String sheetOf(String path) {
        int open = path.lastIndexOf('[');
        return open < 0 || !path.endsWith("]") ? "" : "sheet '" + path.substring(open + 1, path.length() - 1) + "', ";
    }

    /** A spreadsheet's column letters: 1 → A, 27 → AA. */
    static String column(int number) {
        StringBuilder s = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static void report(List<String> found, String file, String where, SourcePos at, Diagnostics diagnostics) {
        for (String what : found) {
            diagnostics.error(at, "attachment '" + file + "' holds " + what + " in " + where + ", which must not be "
                    + "published: remove it from the file, or if it is an official contact add it to publicContacts "
                    + "in content/site.yaml");
        }
    }
}
