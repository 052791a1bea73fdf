package org.disclose.content.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclose.diag.Diagnostics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 rows of a realistic complaint table (ten columns, three of them long Chinese text, 38 MiB as UTF-8 CSV) are
 * read whole and right, as CSV in two encodings and as .xlsx. How fast is measured in bench/, never here.
 */
@Tag("slow")
class TableReaderScaleTest {

    static final int ROWS = 100_000;
    static final String HEADER = "序号,受理编号,交办问题基本情况,行政区域,污染类型,"
            + "调查核实情况,是否属实,处理和整改情况,是否办结,责任人";

    @TempDir
    Path dir;

    static String[] row(int i) {
        return new String[] {String.valueOf(i), "D2JL2023042" + (100000 + i),
            "长春市某区某街道某小区附近企业夜间排放废气，气味刺鼻，周边居民反映强烈，影响正常生活，要求尽快处理。第" + i + "号",
            i % 2 == 0 ? "长春市" : "吉林市", "大气",
            "经核查，该企业存在未按要求运行污染防治设施的问题，群众反映情况属实，已责令立即整改，并依法立案查处。", "属实",
            "责令整改，立案处罚" + (i % 100) + "万元", "是", "张三"};
    }

    private static void readsWhole(Path file, String shown) {
        Diagnostics d = new Diagnostics();
        Table t = TableReader.read(file, shown, d).orElseThrow(() -> new AssertionError(d.sorted()));
        assertEquals(ROWS, t.rows().size());
        assertEquals("长春市", t.cell(t.rows().get(ROWS - 1), "行政区域").orElseThrow().text());
        assertEquals("D2JL2023042" + (100000 + ROWS), t.cell(t.rows().get(ROWS - 1), "受理编号").orElseThrow().text());
    }

    @Test
    void csvInUtf8AndGb18030() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(String.join(",", row(i))).append("\r\n");
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            Path file = Files.write(dir.resolve("big.csv"), csv.toString().getBytes(charset));
            readsWhole(file, "big-" + charset.name() + ".csv");
        }
    }

    /** Shared strings stored once each, as Excel does. */
    @Test
    void xlsxWithSharedStrings() {
        List<String> strings = new ArrayList<>(List.of(HEADER.split(",")));
        Map<String, Integer> index = new HashMap<>();
        StringBuilder sheet = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < 10; c++) {
            sheet.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"s\"><v>").append(c).append("</v></c>");
        }
        sheet.append("</row>");
        for (int i = 1; i <= ROWS; i++) {
            String[] cells = row(i);
            int r = i + 1;
            sheet.append("<row r=\"").append(r).append("\" spans=\"1:10\">");
            sheet.append("<c r=\"A").append(r).append("\" s=\"1\"><v>").append(i).append("</v></c>");
            for (int c = 1; c < 10; c++) {
                Integer shared = index.computeIfAbsent(cells[c], s -> {
                    strings.add(s);
                    return strings.size() - 1;
                });
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" s=\"2\" t=\"s\"><v>")
                        .append(shared).append("</v></c>");
            }
            sheet.append("</row>");
        }
        Path file = XlsxFiles.workbook(sheet.toString(), strings).write(dir.resolve("big.xlsx"));
        readsWhole(file, "big.xlsx");
    }
}
