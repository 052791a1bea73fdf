package org.disclose.content.table;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as offices write them, read from real files. */
class CsvReadingTest {

    static final String HEADER = "序号,受理编号,交办问题基本情况,行政区域";
    static final String ROW1 = "1,D2JL202304210001,长春市某河道存在垃圾堆放问题,长春市";
    static final String ROW2 = "2,X2JL202304210002,吉林市某企业夜间偷排废气,吉林市";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String text, Charset charset) {
        return write("t.csv", text.getBytes(charset));
    }

    static Table ok(Path file) {
        Diagnostics d = new Diagnostics();
        Optional<Table> table = TableReader.read(file, "content/t.csv", d);
        assertEquals("", render(d));
        assertTrue(table.isPresent());
        return table.get();
    }

    static String errors(Path file) {
        Diagnostics d = new Diagnostics();
        Optional<Table> table = TableReader.read(file, "content/t.csv", d);
        assertTrue(table.isEmpty(), "a file with errors gives no table");
        assertTrue(d.hasErrors());
        return render(d);
    }

    static String render(Diagnostics d) {
        return d.sorted().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    static List<List<String>> texts(Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static void assertSample(Table t) {
        assertEquals(List.of("序号", "受理编号", "交办问题基本情况", "行政区域"), t.names());
        assertEquals(List.of(List.of("1", "D2JL202304210001", "长春市某河道存在垃圾堆放问题", "长春市"),
                List.of("2", "X2JL202304210002", "吉林市某企业夜间偷排废气", "吉林市")), texts(t));
        assertEquals("吉林市", t.cell(t.rows().get(1), "行政区域").orElseThrow().text());
        assertEquals(new SourcePos("content/t.csv", 3, 3), t.cell(t.rows().get(1), "受理编号").orElseThrow().pos());
    }

    @Test
    void utf8WithoutBom() {
        assertSample(ok(write(HEADER + "\n" + ROW1 + "\n" + ROW2 + "\n", StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomDoesNotLeakIntoTheFirstName() {
        Table t = ok(write("\uFEFF" + HEADER + "\n" + ROW1 + "\n" + ROW2 + "\n", StandardCharsets.UTF_8));
        assertSample(t);
        assertEquals("序号", t.header().get(0).text());
        assertEquals(new SourcePos("content/t.csv", 1, 1), t.header().get(0).pos());
        assertEquals(0, t.column("序号").getAsInt());
    }

    @Test
    void gb18030AndGbkAsExcelOnChineseWindowsWrites() {
        String text = HEADER + "\r\n" + ROW1 + "\r\n" + ROW2 + "\r\n";
        assertSample(ok(write(text, Charset.forName("GB18030"))));
        assertSample(ok(write(text, Charset.forName("GBK"))));
        // A character outside GBK, which only GB18030's four-byte form holds.
        Table t = ok(write("名称\n𠀀和\u20AC\n", Charset.forName("GB18030")));
        assertEquals("𠀀和\u20AC", t.rows().get(0).cell(0).text());
    }

    @Test
    void utf16WithByteOrderMarks() {
        String text = "\uFEFF" + HEADER + "\r\n" + ROW1 + "\r\n" + ROW2 + "\r\n";
        assertSample(ok(write(text, StandardCharsets.UTF_16LE)));
        assertSample(ok(write(text, StandardCharsets.UTF_16BE)));
    }

    @Test
    void crlfCrAndLfLineEndsAndTrailingEmptyLines() {
        assertSample(ok(write(HEADER + "\r\n" + ROW1 + "\r\n" + ROW2 + "\r\n\r\n\r\n", StandardCharsets.UTF_8)));
        assertSample(ok(write(HEADER + "\r" + ROW1 + "\r" + ROW2 + "\r\r", StandardCharsets.UTF_8)));
        assertSample(ok(write(HEADER + "\n" + ROW1 + "\n" + ROW2, StandardCharsets.UTF_8)));
        Table t = ok(write(HEADER + "\n" + ROW1 + "\n\n,,,\n" + ROW2 + "\n \n", StandardCharsets.UTF_8));
        assertEquals(2, t.rows().size(), "blank rows are skipped");
        assertEquals(5, t.rows().get(1).line());
    }

    @Test
    void quotedCellsWithLineBreaksCommasAndDoubledQuotes() {
        String csv = "编号,情况,地区\r\n"
                + "1,\"第一行，\r\n第二行, 含逗号\n第三行 \"\"引号\"\"\",长春市\r\n"
                + "\"2\",\"\",\"吉林市\"\r\n";
        Table t = ok(write(csv, StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("1", "第一行，\n第二行, 含逗号\n第三行 \"引号\"", "长春市"),
                List.of("2", "", "吉林市")), texts(t));
        Row first = t.rows().get(0);
        assertEquals(2, first.line());
        assertEquals(new SourcePos("content/t.csv", 2, 3), first.cell(1).pos());
        // The cell after the multi-line cell is on that cell's last physical line, after `第三行 ""引号""",`.
        assertEquals(new SourcePos("content/t.csv", 4, 13), first.cell(2).pos());
        assertEquals(5, t.rows().get(1).line(), "lines count physical lines");
        assertEquals(new SourcePos("content/t.csv", 5, 8), t.rows().get(1).cell(2).pos());
    }

    @Test
    void cellsAndHeaderAreTrimmedIncludingFullWidthSpace() {
        Table t = ok(write("\uFEFF 序号\u3000, \t名称 \n\u3000 1 ,\"  长春市\u3000\"\n", StandardCharsets.UTF_8));
        assertEquals(List.of("序号", "名称"), t.names());
        assertEquals(List.of(List.of("1", "长春市")), texts(t));
    }

    @Test
    void textPositionIsTheFirstCharacterAfterTheQuoteAndTrimmedSpace() {
        String csv = "a,b,c,d,e\n"
                + "x,\"引号\",\u3000 空格,\" \r\n 换行\",\"\"\"引\"\"\"\n"
                + "y, ,\"  \",z,w\n";
        Table t = ok(write(csv, StandardCharsets.UTF_8));
        Row first = t.rows().get(0);
        assertEquals(new SourcePos("content/t.csv", 2, 3), first.cell(1).pos(), "the cell starts at its quote");
        assertEquals(new SourcePos("content/t.csv", 2, 4), first.cell(1).textPos());
        assertEquals(new SourcePos("content/t.csv", 2, 8), first.cell(2).pos());
        assertEquals(new SourcePos("content/t.csv", 2, 10), first.cell(2).textPos(), "after U+3000 and a space");
        assertEquals(new SourcePos("content/t.csv", 3, 2), first.cell(3).textPos(), "after a line break");
        assertEquals(new SourcePos("content/t.csv", 3, 7), first.cell(4).textPos(), "a doubled quote is text");
        Row second = t.rows().get(1);
        assertEquals(second.cell(1).pos(), second.cell(1).textPos(), "an empty cell's text starts with the cell");
        assertEquals(second.cell(2).pos(), second.cell(2).textPos());
        assertEquals(new SourcePos("content/t.csv", 4, 1), second.cell(0).textPos());
    }

    @Test
    void astralCharactersCountAsOneColumn() {
        Table t = ok(write("a,b\n𠀀𠀀,x\n", StandardCharsets.UTF_8));
        assertEquals(new SourcePos("content/t.csv", 2, 4), t.rows().get(0).cell(1).pos());
    }

    @Test
    void unclosedQuoteIsAnErrorAtTheQuote() {
        String csv = HEADER + "\n" + ROW1 + "\n2,X2,\"吉林市某企业,\n夜间偷排废气,吉林市\n3,X3,情况,长春市\n";
        assertEquals("content/t.csv:3:6: error: this quote is not closed: end the cell with a double quote (\"), "
                + "and write a quote inside a cell as two quotes (\"\")", errors(write(csv, StandardCharsets.UTF_8)));
    }

    @Test
    void raggedRowsAreErrorsAtTheirRows() {
        String csv = HEADER + "\n" + ROW1 + "\n2,X2,吉林市某企业,夜间偷排废气,吉林市\n3,长春市\n";
        assertEquals("""
                content/t.csv:3:1: error: row has 5 cells but the header has 4: every row needs one cell per \
                column; look for a missing or extra comma, and put a cell that contains a comma in double quotes
                content/t.csv:4:1: error: row has 2 cells but the header has 4: every row needs one cell per \
                column; look for a missing or extra comma, and put a cell that contains a comma in double quotes""",
                errors(write(csv, StandardCharsets.UTF_8)));
    }

    @Test
    void textAfterAClosingQuote() {
        assertEquals("content/t.csv:2:7: error: text after the closing quote of a cell: put the whole cell in double "
                + "quotes, and write a quote inside it as two quotes (\"\")",
                errors(write("a,b\n1,\"x\" y\n", StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030() {
        // 0x80 and 0xFF are never a GB18030 lead byte; the first bad byte is on line 2, after "1,长春".
        byte[] bytes = concat("序号,名称\n1,长春".getBytes(Charset.forName("GBK")), new byte[] {(byte) 0xFF, 'x'},
                "\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("content/t.csv:2:5: error: byte 0xFF is neither UTF-8 nor GB18030 (GBK) text: open the file in "
                + "Excel or WPS and save it again as 'CSV UTF-8' (另存为 → CSV UTF-8(逗号分隔))",
                errors(write("t.csv", bytes)));
        byte[] utf8 = concat("序号,名称\r\n1,长春".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80});
        assertTrue(errors(write("t.csv", utf8)).startsWith("content/t.csv:2:5: error: byte 0x80 is neither UTF-8"));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "a,b\n".getBytes(StandardCharsets.UTF_8), "长".getBytes(Charset.forName("GBK")));
        assertTrue(errors(write("t.csv", bom)).startsWith("content/t.csv:2:1: error: byte 0xB3 is not valid UTF-8, "
                + "although the file starts with a UTF-8 byte order mark"), () -> errors(write("t.csv", bom)));
    }

    @Test
    void headerRules() {
        Table t = ok(write("序号,名称,,\n1,长春,,\n", StandardCharsets.UTF_8));
        assertEquals(List.of("序号", "名称"), t.names(), "unused empty columns at the end are dropped");
        assertEquals(List.of(List.of("1", "长春")), texts(t));
        assertEquals("""
                content/t.csv:1:4: error: column 2 has no name in the header row: write a name for it, or delete \
                the column if it is not used
                content/t.csv:1:5: error: column name '序号' is used twice (columns 1 and 3): give each column a \
                different name
                content/t.csv:2:7: error: this cell has a value, but its column (4) has no name in the header row: \
                name the column in the header, or clear the cell""",
                errors(write("序号,,序号,\n1,2,3,4\n", StandardCharsets.UTF_8)));
        assertEquals("content/t.csv:1:1: error: the file is empty: the first line must name the columns, separated "
                + "by commas, such as 序号,受理编号,交办问题基本情况,行政区域",
                errors(write("\uFEFF\r\n\r\n", StandardCharsets.UTF_8)));
        assertEquals(0, ok(write("序号\n", StandardCharsets.UTF_8)).rows().size());
    }

    @Test
    void overlongCellAndNotATextFile() {
        String big = "x".repeat(TableReader.MAX_CELL_CHARS + 1);
        assertEquals("content/t.csv:2:3: error: this cell has 32768 characters, more than the 32767 a cell may "
                + "have: shorten it, or check for a quote that is not closed before it",
                errors(write("a,b\n1,\"" + big + "\"\n", StandardCharsets.UTF_8)));
        assertTrue(errors(write("a,b\n1,2\n", StandardCharsets.UTF_16LE)).startsWith(
                "content/t.csv:1:2: error: the file contains a NUL character"));
        Path xlsx = XlsxFiles.workbook(XlsxFiles.inlineRow(1, "a"), List.of()).write(dir.resolve("t.csv"));
        assertContains(errors(xlsx), "this is an Excel workbook with a .csv name: rename it to .xlsx");
        assertContains(errors(write("t.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0})),
                "old-style workbooks (.xls, .et) cannot be read");
    }

    @Test
    void tooManyErrorsStopTheFile() {
        StringBuilder csv = new StringBuilder("a,b\n");
        csv.append("1\n".repeat(500));
        String out = errors(write(csv.toString(), StandardCharsets.UTF_8));
        assertEquals(TableBuilder.MAX_ERRORS + 1, out.lines().count());
        assertContains(out, "more than 100 errors in this file; fix the ones above first");
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
