package org.disclose.content.table;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.disclose.content.table.CsvReadingTest.render;
import static org.disclose.content.table.CsvReadingTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .xlsx workbooks written part by part, read back. */
class XlsxReadingTest {

    @TempDir
    Path dir;

    static final List<String> STRINGS = List.of("序号", "受理编号", "交办问题基本情况", "行政区域",
            "D2JL202304210001",
            "<si><r><rPr><b/></rPr><t>长春市某河道</t></r><r><t xml:space=\"preserve\">存在垃圾 </t></r>"
                    + "<rPh sb=\"0\" eb=\"2\"><t>チョウシュン</t></rPh></si>",
            "\u3000长春市 ", "第一行_x000D_\n第二行");

    private static final String SHEET = """
            <row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
            <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>\
            <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c>\
            <c r="D2" t="s"><v>6</v></c></row>\
            <row r="3" ht="20" customHeight="1"><c r="A3" s="1"><v>2.0</v></c><c r="B3" t="inlineStr"><is><t>X2</t>\
            </is></c><c r="D3" t="s"><v>7</v></c></row>\
            <row r="5"><c r="A5"><v>4704</v></c><c r="B5"><v>4.704E3</v></c><c r="C5"><v>0.30000000000000004</v></c>\
            <c r="D5"><f>1/3</f><v>0.33333333333333331</v></c></row>\
            <row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6" t="e"><v>#N/A</v></c>\
            <c r="C6" t="str"><f>A1&amp;"x"</f><v>序号x</v></c><c r="D6"><v>1.5E-3</v></c></row>\
            <row r="7"><c r="A7"><v>-12.50</v></c><c r="B7"><v>1E+14</v></c><c r="C7"><v>45056</v></c></row>\
            <row r="8"><c r="A8" s="3"/><c r="B8" t="s"/></row>""";

    private Table ok(Path file) {
        Diagnostics d = new Diagnostics();
        Optional<Table> table = TableReader.read(file, "content/t.xlsx", d);
        assertEquals("", render(d));
        return table.orElseThrow();
    }

    private String errors(Path file) {
        Diagnostics d = new Diagnostics();
        Optional<Table> table = TableReader.read(file, "content/t.xlsx", d);
        assertTrue(table.isEmpty());
        return render(d);
    }

    @Test
    void readsTheFirstSheetWithSharedAndInlineStringsAndPlainNumbers() {
        Table t = ok(XlsxFiles.workbook(SHEET, STRINGS).write(dir.resolve("t.xlsx")));
        assertEquals(List.of("序号", "受理编号", "交办问题基本情况", "行政区域"), t.names());
        assertEquals(List.of(
                List.of("1", "D2JL202304210001", "长春市某河道存在垃圾", "长春市"),
                List.of("2", "X2", "", "第一行\n第二行"),
                List.of("4704", "4704", "0.3", "0.333333333333333"),
                List.of("TRUE", "#N/A", "序号x", "0.0015"),
                List.of("-12.5", "100000000000000", "45056", "")), texts(t));
        Row row3 = t.rows().get(1);
        assertEquals(3, row3.line());
        assertEquals(new SourcePos("content/t.xlsx", 3, 3), row3.cell(2).pos(), "a missing cell is still located");
        assertEquals(new SourcePos("content/t.xlsx", 3, 4), t.cell(row3, "行政区域").orElseThrow().pos());
        assertEquals(new SourcePos("content/t.xlsx", 1, 2), t.header().get(1).pos());
    }

    @Test
    void workbookFoundThroughPackageRelationshipsAndWithoutSharedStrings() {
        XlsxFiles x = XlsxFiles.workbook(XlsxFiles.inlineRow(2, "名称", "数量") + XlsxFiles.inlineRow(3, "甲", "乙"),
                List.of());
        byte[] workbook = x.parts().remove("xl/workbook.xml");
        byte[] rels = x.parts().remove("xl/_rels/workbook.xml.rels");
        x.remove("xl/sharedStrings.xml")
                .part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"" + XlsxFiles.REL + "/officeDocument\" "
                        + "Target=\"/xl/book.xml\"/></Relationships>")
                .part("xl/book.xml", workbook)
                .part("xl/_rels/book.xml.rels", rels);
        Table t = ok(x.write(dir.resolve("t.xlsx")));
        assertEquals(List.of("名称", "数量"), t.names(), "the first non-blank row is the header");
        assertEquals(List.of(List.of("甲", "乙")), texts(t));
    }

    @Test
    void cellProblemsAreLocated() {
        String sheet = XlsxFiles.inlineRow(1, "名称", "数量")
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>9</v></c><c r=\"B2\"><v>abc</v></c>"
                + "<c r=\"E2\" t=\"inlineStr\"><is><t>多余</t></is></c></row>";
        assertEquals("""
                content/t.xlsx:2:1: error: this cell refers to shared string '9', but the workbook has 1: the file \
                is damaged; open it in Excel or WPS and save it again, or save the table as 'CSV UTF-8'
                content/t.xlsx:2:2: error: this cell should hold a number but has 'abc': open it in Excel or WPS \
                and save it again, or save the table as 'CSV UTF-8'
                content/t.xlsx:2:5: error: this cell has a value, but its column (5) has no name in the header \
                row: name the column in the header, or clear the cell""",
                errors(XlsxFiles.workbook(sheet, List.of("x")).write(dir.resolve("t.xlsx"))));
    }

    @Test
    void damagedAndNonWorkbookFiles() throws IOException {
        assertEquals("content/t.xlsx:1:1: error: this is not an .xlsx workbook (it is not a zip archive): open it in "
                + "Excel or WPS and save it again, or save the table as 'CSV UTF-8'",
                errors(Files.writeString(dir.resolve("t.xlsx"), "序号,名称\n")));
        assertEquals("content/t.xlsx:1:1: error: the cell reference 'AAAAAAAA1' is not a cell of row 1 (a column "
                + "from A to XFD, then 1): the file is damaged; open it in Excel or WPS and save it again, or save the "
                + "table as 'CSV UTF-8'", errors(XlsxFiles.workbook("<row r=\"1\"><c r=\"AAAAAAAA1\" t=\"inlineStr\"><is><t>x"
                        + "</t></is></c></row>", List.of()).write(dir.resolve("t.xlsx"))));
        assertContains(errors(XlsxFiles.workbook(XlsxFiles.inlineRow(1, "a") + "<row r=\"1048577\"><c><v>1</v></c></row>",
                List.of()).write(dir.resolve("t.xlsx"))), "it has a row numbered '1048577'; Excel numbers "
                        + "rows from 1 to 1048576");
        String longText = "长".repeat(TableReader.MAX_CELL_CHARS + 1);
        assertEquals("content/t.xlsx:2:1: error: this cell has more than 32767 characters: shorten it",
                errors(XlsxFiles.workbook(XlsxFiles.inlineRow(1, "a") + "<row r=\"2\"><c t=\"s\"><v>0</v></c></row>",
                        List.of(longText)).write(dir.resolve("t.xlsx"))));
        assertTrue(errors(XlsxFiles.workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></row>", List.of())
                .write(dir.resolve("t.xlsx"))).startsWith("content/t.xlsx:1:1: error: the workbook is damaged "
                        + "(xl/worksheets/sheet1.xml, line 2, column "));
        assertContains(errors(XlsxFiles.workbook("", List.of()).write(dir.resolve("t.xlsx"))),
                "the first worksheet ('整改清单') is empty");
        assertContains(errors(XlsxFiles.workbook("", List.of()).remove("xl/worksheets/sheet1.xml")
                .write(dir.resolve("t.xlsx"))), "its first worksheet xl/worksheets/sheet1.xml is missing");
    }

    @Test
    void entitiesAndDtdsAreNotExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><worksheet xmlns=\"" + XlsxFiles.MAIN + "\"><sheetData>" + XlsxFiles.inlineRow(1, "a")
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
        Diagnostics d = new Diagnostics();
        Optional<Table> t = TableReader.read(XlsxFiles.workbook("", List.of())
                .part("xl/worksheets/sheet1.xml", sheet).write(dir.resolve("t.xlsx")), "t.xlsx", d);
        assertTrue(t.isEmpty());
        assertContains(render(d), "the workbook is damaged (xl/worksheets/sheet1.xml", render(d));
        assertNotContains(render(d), "secret");
    }

    @Test
    void zipBombFailsFastWithAnError() throws IOException {
        // 100 MiB of spaces inside <sheetData>, packed about 1000 times into 100 KiB.
        Path file = dir.resolve("t.xlsx");
        XlsxFiles x = XlsxFiles.workbook(XlsxFiles.inlineRow(1, "a"), List.of());
        x.parts().remove("xl/worksheets/sheet1.xml");
        x.write(file);
        byte[] head = ("<worksheet xmlns=\"" + XlsxFiles.MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (var e : x.parts().entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(head);
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        Files.write(file, zipped.toByteArray());
        assertTrue(Files.size(file) < 1 << 20);
        long start = System.nanoTime();
        String out = errors(file);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("content/t.xlsx:1:1: error: the workbook unpacks to more than 256 MiB, or far more than its size "
                + "suggests: it is damaged or a zip bomb; open it in Excel or WPS and save it again, or save the table "
                + "as 'CSV UTF-8'", out);
        assertTrue(ms < 2000, "took " + ms + " ms");
    }

    @Test
    void totalUnpackedBudget() throws IOException {
        Path file = XlsxFiles.workbook(SHEET, STRINGS).write(dir.resolve("t.xlsx"));
        try (XlsxPackage pkg = new XlsxPackage(file, 100); var in = pkg.open("xl/sharedStrings.xml")) {
            try {
                in.readAllBytes();
            } catch (XlsxPackage.OverBudget expected) {
                assertTrue(pkg.overBudget());
                return;
            }
        }
        throw new AssertionError("the budget was not enforced");
    }
}
