package org.disclose.content.table;

import static org.disclose.Contains.assertContains;
import static org.disclose.content.table.CsvReadingTest.render;
import static org.disclose.content.table.CsvReadingTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a workbook must not do silently: put a cell over another through a malformed reference, or pass off as a
 * number the digits Excel kept of a longer one.
 */
class XlsxDamageTest {

    @TempDir
    Path dir;

    private static final String HEADER = XlsxFiles.inlineRow(1, "序号", "受理编号");

    private String errors(String rows) {
        Diagnostics d = new Diagnostics();
        Optional<Table> t = TableReader.read(XlsxFiles.workbook(HEADER + rows, List.of()).write(dir.resolve("t.xlsx")),
                "content/t.xlsx", d);
        assertTrue(t.isEmpty(), "the table must not be read: " + t);
        return render(d);
    }

    private Table ok(String rows) {
        Diagnostics d = new Diagnostics();
        Optional<Table> t = TableReader.read(XlsxFiles.workbook(HEADER + rows, List.of()).write(dir.resolve("t.xlsx")),
                "content/t.xlsx", d);
        assertEquals("", render(d));
        return t.orElseThrow();
    }

    private static String cell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void aReferenceThatIsNotACellOfItsRowIsALocatedError() {
        for (String bad : List.of("A0", "A-1", "A99999999999999999999", "A3", "A02", "a2", "$A$2", "A2B", "A",
                "AAAA2", "XFE2", "2", "A 2", "A2\u0085")) {
            String out = errors("<row r=\"2\">" + cell("B2", "x") + cell(bad, "覆盖") + "</row>");
            String shown = (bad.length() > 20 ? bad.substring(0, 20) + "..." : bad).replace('\u0085', '?');
            assertTrue(out.startsWith("content/t.xlsx:2:3: error: the cell reference '" + shown + "' is not a cell of "
                    + "row 2 (a column from A to XFD, then 2): the file is damaged; "), bad + ": " + out);
            assertEquals(1, out.lines().count(), out);
        }
    }

    @Test
    void aCellWrittenTwiceIsALocatedError() {
        assertEquals("content/t.xlsx:2:1: error: cell A2 is written twice in row 2, the second over the first: the "
                + "file is damaged; open it in Excel or WPS and save it again, or save the table as 'CSV UTF-8'",
                errors("<row r=\"2\">" + cell("A2", "1") + cell("B2", "x") + cell("A2", "2") + "</row>"));
        assertContains(errors("<row r=\"2\">" + cell("B2", "x") + "<c t=\"inlineStr\"><is><t>y</t></is></c>"
                + cell("B2", "z") + "</row>"), "cell B2 is written twice in row 2");
    }

    @Test
    void wellFormedReferencesStillReadAnywhereInTheRow() {
        Table t = ok("<row r=\"2\">" + cell("B2", "x") + cell("A2", "1") + "</row><row r=\"30\">" + cell("A30", "2")
                + "<c t=\"inlineStr\"><is><t>y</t></is></c></row>");
        assertEquals(List.of(List.of("1", "x"), List.of("2", "y")), texts(t));
        assertEquals(16384, XlsxReader.column("XFD1048576", 1048576));
        assertEquals("XFD7", XlsxReader.name(16384, 7));
        assertEquals("AA7", XlsxReader.name(27, 7));
    }

    @Test
    void aNumberLongerThanExcelKeepsIsRefusedWithWhatToDo() {
        // 220102199003071234 typed into a General cell: Excel keeps 15 digits and writes the double it stores
        for (String stored : List.of("2.2010219900307101E+17", "220102199003071000", "2.20102199003071E+17",
                "6217001234567890123", "-1234567890123456", "1.2345678901234567E+18", "1234567890123456.5",
                // rounded further, or round: still 16 or more digits, which no number cell may hold
                "1.1010519491231E+17", "110105194912310000", "1E+20", "4.5E+16", "1E+15", "-1E+15")) {
            String out = errors("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>" + stored + "</v></c></row>");
            assertEquals("content/t.xlsx:2:2: error: this number has more digits than the 15 Excel keeps, so Excel "
                    + "has already replaced its last digits with zeros (an ID, card or case number loses its end): "
                    + "format the column as text (设置单元格格式 → 文本), type the numbers again, and save", out, stored);
        }
    }

    @Test
    void numbersExcelHoldsExactlyPass() {
        Table t = ok("<row r=\"2\"><c r=\"A2\"><v>123456789012345</v></c><c r=\"B2\"><v>1E+14</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>0.30000000000000004</v></c><c r=\"B3\"><v>12345678901234.567</v></c>"
                + "</row><row r=\"4\"><c r=\"A4\"><v>4.5E+14</v></c><c r=\"B4\"><v>-999999999999999</v></c></row>");
        assertEquals(List.of(List.of("123456789012345", "100000000000000"), List.of("0.3", "12345678901234.6"),
                List.of("450000000000000", "-999999999999999")), texts(t));
    }
}
