package org.disclose.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures bulletins declare, published as open data ({@code data/figures.csv} and {@code .json}, listed in
 * {@code datapackage.json}): each exactly as printed, from the example sites of {@code src/test/resources/figures/}.
 */
class FiguresOpenDataTest {

    private static final Path EXAMPLES = TestSite.PROJECT.resolve("src/test/resources/figures");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> HEADER = List.of("数据项", "名称", "数值", "单位", "限定词", "截至日期", "日期精度",
            "统计范围", "督察轮次", "起始批次", "截止批次", "地区", "来源", "来源页面", "来源标题", "发布渠道");
    private static final List<String> KEYS = List.of("key", "label", "value", "unit", "qualifier", "asOf",
            "precision", "scope", "round", "batchFrom", "batchTo", "region", "source", "sourcePage", "sourceTitle",
            "sourceOrigin");
    private static final String BANLI = "content/bulletins/banli-1-13.md";
    private static final String BANLI_PAGE = "bulletins/banli-1-13/";
    private static final String BANLI_TITLE = "第1至13批交办信访件办理情况";
    /** A figure for one region, as of a month: planted into the 办理 example. */
    private static final String MONTH_FIGURE = "  - {key: complaintsAssigned, value: 120, label: 长春市交办, asOf: 2023-11, "
            + "scope: {region: 长春市}}\n";

    @TempDir
    Path dir;

    /** Both example sites in one: three bulletins, sorted by slug, each one's figures in the order declared. */
    private TestSite examples() throws IOException {
        TestSite site = TestSite.minimal(dir);
        copy(site, "jiaoban");
        copy(site, "banli");
        String banli = Files.readString(site.root().resolve(BANLI), StandardCharsets.UTF_8);
        site.write(BANLI, banli.replace("---\n截至", MONTH_FIGURE + "---\n截至"));
        List<String> diagnostics = site.build().diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(), diagnostics);
        return site;
    }

    @Test
    void figuresCsvHasEachFigureAsPrinted() throws IOException {
        TestSite site = examples();
        String csv = site.read("data/figures.csv");
        assertTrue(csv.startsWith("\uFEFF"), "Excel needs the BOM");
        List<List<String>> rows = CsvRows.parse(csv.substring(1));
        assertEquals(HEADER, rows.get(0));
        assertEquals(19 + 1 + 4 + 7 + 1, rows.size(), "every declared figure, and the header");
        // by source (slug): banli-1-13, then jiaoban-11, then jiaoban-12; within one, as declared
        assertEquals(List.of("banli-1-13", "jiaoban-11", "jiaoban-12"), rows.subList(1, rows.size()).stream()
                .map(r -> r.get(12)).distinct().toList());
        assertEquals(row("complaintsAssigned", "交办", "481", "件", "", "2023-11-25", "day", "第1至13批", "round3", "1",
                "13", "", "banli-1-13", BANLI_PAGE, BANLI_TITLE, ""), rows.get(1));
        assertEquals(row("closureRate", "办结率", "83.57", "%", "", "2023-11-25", "day", "第1至13批", "round3", "1", "13",
                "", "banli-1-13", BANLI_PAGE, BANLI_TITLE, ""), rows.get(5));
        // 万元 kept, decimals kept, no conversion to 元
        assertEquals(row("fines", "罚款", "312.45", "万元", "", "2023-11-25", "day", "第1至13批", "round3", "1", "13", "",
                "banli-1-13", BANLI_PAGE, BANLI_TITLE, ""), rows.get(12));
        // the hedge as its word, the value without it
        assertEquals(row("heldAccountable", "问责", "28", "人", "超过", "2023-11-25", "day", "第1至13批", "round3", "1",
                "13", "", "banli-1-13", BANLI_PAGE, BANLI_TITLE, ""), rows.get(16));
        // a month as-of in its own precision, and a region in the scope
        assertEquals(row("complaintsAssigned", "长春市交办", "120", "件", "", "2023-11", "month", "长春市、第1至13批",
                "round3", "1", "13", "长春市", "banli-1-13", BANLI_PAGE, BANLI_TITLE, ""), rows.get(20));
        // a single batch, a running total, a custom figure, and where the office published it
        String title12 = "中央第三生态环境保护督察组交办第12批信访件";
        assertEquals(row("complaintsAssigned", "群众信访举报件", "38", "件", "", "2023-11-20", "day", "第11批", "round3",
                "11", "11", "", "jiaoban-11", "bulletins/jiaoban-11/", "中央第三生态环境保护督察组交办第11批信访件", ""), rows.get(21));
        assertEquals(row("by-phone", "来电", "30", "件", "", "2023-11-21", "day", "第12批", "round3", "12", "12", "",
                "jiaoban-12", "bulletins/jiaoban-12/", title12, "吉林日报"), rows.get(26));
        // a running total the source words as cumulative (through: 12) keeps its words, 截至第12批
        assertEquals(row("complaintsAssigned", "累计交办", "453", "件", "", "2023-11-21", "day", "截至第12批", "round3", "1",
                "12", "", "jiaoban-12", "bulletins/jiaoban-12/", title12, "吉林日报"), rows.get(30));
    }

    @Test
    void figuresJsonCarriesTheSameRows() throws IOException {
        TestSite site = examples();
        List<List<String>> rows = CsvRows.parse(site.read("data/figures.csv").substring(1));
        JsonNode json = JSON.readTree(site.read("data/figures.json"));
        assertEquals(rows.size() - 1, json.size());
        for (int r = 1; r < rows.size(); r++) {
            JsonNode o = json.get(r - 1);
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            assertEquals(KEYS, names);
            for (int c = 0; c < KEYS.size(); c++) {
                JsonNode v = o.get(KEYS.get(c));
                String text = v.isNull() ? "" : v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
                assertEquals(rows.get(r).get(c), text, "row " + r + ", " + KEYS.get(c));
            }
        }
        JsonNode fines = json.get(11);
        assertEquals("fines", fines.get("key").asText());
        assertTrue(fines.get("value").isNumber());
        assertEquals("312.45", fines.get("value").decimalValue().toPlainString());
        assertEquals("万元", fines.get("unit").asText());
        assertEquals(1, fines.get("batchFrom").asInt());
        assertTrue(fines.get("region").isNull());
        assertEquals("超过", json.get(15).get("qualifier").asText());
    }

    @Test
    void dataPackageListsTheFiguresWithTheirTypes() throws IOException {
        TestSite site = examples();
        JsonNode pkg = JSON.readTree(site.read("data/datapackage.json"));
        JsonNode figures = null;
        for (JsonNode resource : pkg.get("resources")) {
            if (resource.get("name").asText().equals("figures")) {
                figures = resource;
            }
        }
        assertTrue(figures != null, "datapackage.json lists figures: " + pkg);
        assertEquals("figures.csv", figures.get("path").asText());
        assertEquals("公布数据", figures.get("title").asText());
        assertFalse(figures.get("schema").has("primaryKey"), "a key is stated for many scopes and dates");
        JsonNode fields = figures.get("schema").get("fields");
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode f : fields) {
            names.add(f.get("name").asText());
            types.add(f.get("type").asText());
        }
        assertEquals(HEADER, names);
        // days and a month: the as-of column is text, each date as written
        assertEquals(List.of("string", "string", "number", "string", "string", "string", "string", "string", "string",
                "integer", "integer", "string", "string", "string", "string", "string"), types);
        assertEquals("[\"以上\",\"超过\",\"突破\",\"余\",\"多\",\"以内\",\"以下\",\"近\",\"约\",\"左右\"]",
                fields.get(4).get("constraints").get("enum").toString());
        assertEquals("[\"day\",\"month\",\"year\"]", fields.get(6).get("constraints").get("enum").toString());
        assertTrue(site.read("data/index.html").contains("公布数据"), "the data page lists the table");
    }

    @Test
    void asOfDatesThatAreAllDaysAreTypedAsDates() throws IOException {
        TestSite site = TestSite.minimal(dir);
        copy(site, "jiaoban");
        assertEquals(List.of(), site.build().diagnostics());
        JsonNode pkg = JSON.readTree(site.read("data/datapackage.json"));
        assertEquals(1, pkg.get("resources").size(), "figures are the only table of this site");
        assertEquals("date", pkg.get("resources").get(0).get("schema").get("fields").get(5).get("type").asText());
    }

    @Test
    void noFiguresNoFiguresFiles() throws IOException {
        TestSite site = TestSite.minimal(dir);
        copy(site, "banli");
        String banli = Files.readString(site.root().resolve(BANLI), StandardCharsets.UTF_8);
        site.write(BANLI, banli.substring(0, banli.indexOf("figures:")) + banli.substring(banli.indexOf("---\n截至")));
        assertEquals(List.of(), site.build().diagnostics());
        assertFalse(site.exists("data/figures.csv"));
        assertFalse(site.exists("data/figures.json"));
        assertFalse(site.exists("data/datapackage.json"), "a site with no table has no data package");
    }

    /** The source's words go through the same CSV rule as every other cell: no formula reaches a spreadsheet. */
    @Test
    void aLabelThatLooksLikeAFormulaIsNeutralised() {
        TestSite site = TestSite.minimal(dir);
        copy(site, "jiaoban");
        site.write("content/bulletins/jiaoban-12.md", read(site, "content/bulletins/jiaoban-12.md")
                .replace("label: 来电}", "label: \"=HYPERLINK(\\\"http://x\\\")\"}"));
        assertEquals(List.of(), site.build().diagnostics());
        List<List<String>> rows = CsvRows.parse(site.read("data/figures.csv").substring(1));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(6).get(1));
        assertTrue(site.read("data/figures.json").contains("\"label\": \"=HYPERLINK(\\\"http://x\\\")\""),
                "JSON keeps the words as given");
    }

    private static String read(TestSite site, String file) {
        try {
            return Files.readString(site.root().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static void copy(TestSite site, String example) {
        Path from = EXAMPLES.resolve(example);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                site.write(from.relativize(p).toString().replace('\\', '/'), Files.readString(p,
                        StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
