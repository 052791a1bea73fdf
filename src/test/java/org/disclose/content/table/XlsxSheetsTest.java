package org.disclose.content.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's sheets by name (a task ledger's 整改进展): listed in the workbook's order, read as the first is, their
 * cells located with the sheet's name after the file; the first sheet is read as before, with the plain path.
 */
class XlsxSheetsTest {

    @TempDir
    Path dir;

    @Test
    void aSheetIsReadByItsNameAndItsCellsNameIt() {
        Path file = XlsxFiles.workbook(XlsxFiles.inlineRow(1, "序号", "问题") + XlsxFiles.inlineRow(2, "1", "甲"),
                List.of()).write(dir.resolve("t.xlsx"));
        assertEquals(List.of("整改清单", "说明"), TableReader.sheetNames(file));
        assertEquals(List.of(), TableReader.sheetNames(dir.resolve("t.csv")));

        Diagnostics d = new Diagnostics();
        Table second = TableReader.readSheet(file, "content/tasks/t.xlsx", "说明", d).orElseThrow();
        assertEquals(List.of("not this sheet"), second.names());
        assertEquals(new SourcePos("content/tasks/t.xlsx[说明]", 1, 1), second.header().get(0).pos());

        Table first = TableReader.read(file, "content/tasks/t.xlsx", d).orElseThrow();
        assertEquals(List.of("序号", "问题"), first.names());
        assertEquals(new SourcePos("content/tasks/t.xlsx", 2, 2), first.rows().get(0).cell(1).pos());
        assertEquals(List.of(), d.sorted());
    }
}
