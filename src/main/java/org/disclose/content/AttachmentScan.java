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
            } else {
                for (Table table : tables(real, file, ext)) {
                    cells(table, file, ext.equals("xlsx"), at, files, diagnostics);
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

    /** A CSV file's one table, or each sheet of a workbook. */
    private static List<Table> tables(Path real, String file, String ext) throws IOException {
        Diagnostics scratch = new Diagnostics();
        List<String> sheets = ext.equals("xlsx") ? TableReader.sheetNames(real) : List.of();
        List<Table> tables = new java.util.ArrayList<>();
        if (sheets.isEmpty()) {
            TableReader.read(real, file, scratch).ifPresent(tables::add);
        }
        for (String sheet : sheets) {
            TableReader.readSheet(real, file, sheet, scratch).ifPresent(tables::add);
        }
        if (scratch.hasErrors()) {
            throw new IOException("it is not a table Disclose can read");
        }
        return tables;
    }

    private static void cells(Table table, String file, boolean workbook, SourcePos at, ContentFiles files,
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
            String where = workbook ? sheetOf(p.path()) + "cell " + column(p.col()) + p.line()
                    : "line " + p.line() + ", column " + p.col();
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
