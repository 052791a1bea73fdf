package org.disclose.content.table;

import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and damaged files, from a fixed seed: the reader never throws, and it always either returns a
 * well-formed table or reports an error located in the file.
 */
@Tag("fuzz")
class TableReaderPropertyTest {

    private static final String[] PIECES = {"a", "7", "序号", "长春市", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r",
        " ", "\u3000", "\t", "\uFEFF", "𠀀", "é", "\u00A0", "x,y", "\"q\""};
    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, Charset.forName("GB18030"),
        Charset.forName("GBK"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};

    @TempDir
    Path dir;

    private Optional<Table> check(Path file, String shownPath) {
        Diagnostics d = new Diagnostics();
        Optional<Table> table = TableReader.read(file, shownPath, d);
        for (Diagnostic diagnostic : d.sorted()) {
            assertEquals(shownPath, diagnostic.pos().path());
            assertTrue(diagnostic.pos().line() >= 1 && diagnostic.pos().col() >= 1, diagnostic::toString);
            assertNotContains(diagnostic.message(), "java.lang.", diagnostic::toString);
        }
        assertEquals(table.isEmpty(), d.hasErrors(), () -> "a table xor an error: " + d.sorted());
        table.ifPresent(t -> wellFormed(t, shownPath));
        return table;
    }

    private static void wellFormed(Table t, String shownPath) {
        assertEquals(shownPath, t.shownPath());
        assertFalse(t.header().isEmpty());
        Set<String> names = new LinkedHashSet<>(t.names());
        assertEquals(t.header().size(), names.size(), "distinct names");
        for (Cell c : t.header()) {
            assertFalse(c.isEmpty());
            trimmed(c);
        }
        for (Row row : t.rows()) {
            assertEquals(t.header().size(), row.cells().size());
            assertTrue(row.cells().stream().anyMatch(c -> !c.isEmpty()), "blank rows are skipped");
            row.cells().forEach(TableReaderPropertyTest::trimmed);
        }
    }

    private static void trimmed(Cell c) {
        String s = c.text();
        assertTrue(s.isEmpty() || !CellText.isSpace(s.charAt(0)) && !CellText.isSpace(s.charAt(s.length() - 1)),
                () -> "not trimmed: '" + s + "'");
        assertFalse(s.indexOf('\uFFFD') >= 0, "no replacement characters");
        assertFalse(s.indexOf('\r') >= 0, "line breaks in a cell are LF");
        assertTrue(c.pos().line() >= 1 && c.pos().col() >= 1);
    }

    @Test
    void randomBytesAsCsvAndXlsx() throws IOException {
        Random random = new Random(20230510);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) (bytes[j] & 0x7f | (random.nextInt(8) == 0 ? 0x80 : 0));
                }
            }
            check(Files.write(dir.resolve("r.csv"), bytes), "r.csv");
            if (i % 10 == 0) {
                check(Files.write(dir.resolve("r.xlsx"), bytes), "r.xlsx");
            }
        }
    }

    @Test
    void randomCsvishTextInEveryEncoding() throws IOException {
        Random random = new Random(4704);
        int tables = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int j = 0; j < pieces; j++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Charset charset = CHARSETS[random.nextInt(CHARSETS.length)];
            String s = charset.name().startsWith("UTF-16") ? "\uFEFF" + text : text.toString();
            if (check(Files.write(dir.resolve("c.csv"), s.getBytes(charset)), "c.csv").isPresent()) {
                tables++;
            }
        }
        assertTrue(tables > 100, "some random texts are tables: " + tables);
    }

    @Test
    void writtenTablesReadBackExactly() throws IOException {
        Random random = new Random(1048576);
        for (int i = 0; i < 1000; i++) {
            int width = 1 + random.nextInt(5);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                header.add("列" + c + randomCell(random).replace("\n", ""));
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = random.nextInt(6); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(randomCell(random));
                }
                if (row.stream().anyMatch(cell -> !cell.isEmpty())) {
                    rows.add(row);
                }
            }
            String eol = random.nextBoolean() ? "\r\n" : "\n";
            StringBuilder csv = new StringBuilder(line(header, eol));
            rows.forEach(row -> csv.append(line(row, eol)));
            Charset charset = random.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
            Table t = check(Files.write(dir.resolve("w.csv"), csv.toString().getBytes(charset)), "w.csv")
                    .orElseThrow();
            assertEquals(header, t.names());
            assertEquals(rows, CsvReadingTest.texts(t), csv::toString);
        }
    }

    /** A trimmed cell that may need quoting. */
    private static String randomCell(Random random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(4); n > 0; n--) {
            s.append(new String[] {"甲", "b", ",", "\"", "\n", " ", "𠀀", "1"}[random.nextInt(8)]);
        }
        return CellText.trim(s);
    }

    private static String line(List<String> cells, String eol) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            out.append(quote ? "\"" + cell.replace("\"", "\"\"").replace("\n", eol) + "\"" : cell);
        }
        return out.append(eol).toString();
    }

    @Test
    void damagedWorkbooks() throws IOException {
        Random random = new Random(45056);
        XlsxFiles good = XlsxFiles.workbook(
                XlsxFiles.inlineRow(1, "序号", "名称") + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\">"
                        + "<v>0</v></c></row><row><c t=\"b\"><v>0</v></c><c><v>1.25E2</v></c></row>",
                List.of("长春市"));
        assertTrue(check(good.write(dir.resolve("good.xlsx")), "d.xlsx").isPresent());
        List<String> names = new ArrayList<>(good.parts().keySet());
        for (int i = 0; i < 1500; i++) {
            XlsxFiles damaged = new XlsxFiles();
            for (Map.Entry<String, byte[]> e : good.parts().entrySet()) {
                damaged.part(e.getKey(), e.getValue());
            }
            String victim = names.get(random.nextInt(names.size()));
            if (random.nextInt(20) == 0) {
                damaged.remove(victim);
            } else {
                damaged.part(victim, mutate(new String(good.parts().get(victim), StandardCharsets.UTF_8), random));
            }
            check(damaged.write(dir.resolve("d.xlsx")), "d.xlsx");
        }
    }

    private static String mutate(String xml, Random random) {
        StringBuilder s = new StringBuilder(xml);
        String[] inserts = {"<", ">", "/", "\"", "&", "<c>", "</row>", "<row r=\"0\">", "r=\"XFD1\" ", "t=\"s\" ",
            "<v>99</v>", "<is><t>x</t></is>", "9", "_x000D_", "<!DOCTYPE x>", "]]>", "\u0000"};
        for (int n = 1 + random.nextInt(3); n > 0 && s.length() > 0; n--) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, inserts[random.nextInt(inserts.length)]);
                default -> s.setCharAt(at, (char) (' ' + random.nextInt(95)));
            }
        }
        return s.toString();
    }
}
