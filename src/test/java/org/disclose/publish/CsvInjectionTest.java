package org.disclose.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV file a build writes follows the OWASP rule against formula injection: a cell a spreadsheet could run as
 * a formula starts with an apostrophe, and a plain number is left as it is. Read back from the files of a real build.
 */
class CsvInjectionTest {

    /** Cell text as written in content → as it must appear in the published CSV (after RFC 4180 unquoting). */
    private static final Map<String, String> CELLS = new LinkedHashMap<>();

    static {
        for (String formula : List.of("=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "-2+3+cmd|' /C calc'!A0",
                "+1+cmd|' /C calc'!A0", "-1.5+HYPERLINK(\"http://evil.example/\",\"x\")", "=HYPERLINK(\"a\",\"b\")",
                "+86 431 8888 0000", "-", "+", "--1", "-.5", "+1e5", "-1,000", "=1,2",
                "＝1+1", "＋1+1", "－1+1", "＠SUM(A1)", "﹦1+1", "﹢1", "⁼1", "−1+1", "-1.", "+.5")) {
            CELLS.put(formula, "'" + formula);
        }
        for (String number : List.of("-1", "+1", "-1.5", "+2.25", "0", "12.0", "-0", "1.5.", "1+1", "abc=1", "a-b", "示例")) {
            CELLS.put(number, number);
        }
    }

    @TempDir
    Path dir;

    @Test
    void everyCellThatCouldRunAsAFormulaGetsAnApostropheInEveryCsv() {
        TestSite site = TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: round2
                  name: 第二轮中央生态环境保护督察
                  stationedFrom: 2021-08-25
                  stationedTo: 2021-09-26
                  feedbackDate: 2021-12-12
                """).write("content/complaints/batch-01.yaml", """
                batch: 1
                assigned: 2021-08-27
                round: round2
                """);
        StringBuilder csv = new StringBuilder("序号,受理编号,交办问题基本情况,行政区域,问题类型,是否属实,是否办结,处理和整改情况\n");
        StringBuilder tasks = new StringBuilder();
        int n = 0;
        for (String cell : CELLS.keySet()) {
            n++;
            String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
            csv.append(n).append(",D2JL").append(String.format("%06d", n)).append(',').append(quoted)
                    .append(",示例市,大气,属实,已办结,").append(quoted).append('\n');
            tasks.append("- id: \"").append(n).append("\"\n  round: round2\n  problem: \"")
                    .append(cell.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n  status: 已完成\n");
        }
        site.write("content/complaints/batch-01.csv", csv.toString());
        site.write("content/tasks/tasks.yaml", tasks.toString());
        site.write("content/indicators/a.yaml", """
                - id: tricky
                  name: "=1+1"
                  category: 大气
                  unit: "@SUM(A1)"
                  direction: lower
                  series:
                    - period: "-1+1"
                      value: -1.5
                    - period: "\\t=1+1"
                      value: 2
                    - period: "　=1+1"
                      value: 3
                """);
        BuildResult result = site.build();
        assertTrue(result.ok(), result.diagnostics().toString());

        List<List<String>> complaints = rows(site, "data/complaints.csv");
        int summary = complaints.get(0).indexOf("交办问题基本情况");
        int handling = complaints.get(0).indexOf("处理和整改情况");
        List<String> cells = List.copyOf(CELLS.keySet());
        for (int i = 0; i < cells.size(); i++) {
            String expected = CELLS.get(cells.get(i));
            assertEquals(expected, complaints.get(i + 1).get(summary), "complaints.csv, summary of " + cells.get(i));
            assertEquals(expected, complaints.get(i + 1).get(handling), "complaints.csv, handling of " + cells.get(i));
        }
        List<List<String>> taskRows = rows(site, "data/tasks.csv");
        int problem = taskRows.get(0).indexOf("督察反馈问题");
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(CELLS.get(cells.get(i)), taskRows.get(i + 1).get(problem), "tasks.csv, " + cells.get(i));
        }
        for (String file : List.of("data/indicators.csv", "data/indicators/tricky.csv")) {
            List<List<String>> values = rows(site, file);
            List<String> header = values.get(0);
            assertEquals(List.of("'=1+1", "'-1+1", "-1.5", "'@SUM(A1)"), List.of(
                    values.get(1).get(header.indexOf("指标名称")), values.get(1).get(header.indexOf("时期")),
                    values.get(1).get(header.indexOf("数值")), values.get(1).get(header.indexOf("单位"))), file);
            assertEquals("'\t=1+1", values.get(2).get(header.indexOf("时期")), file + ": a leading tab");
            assertEquals("'　=1+1", values.get(3).get(header.indexOf("时期")), file + ": after a full-width space");
        }
    }

    @Test
    void theRuleItself() {
        for (Map.Entry<String, String> e : CELLS.entrySet()) {
            assertEquals(e.getValue(), Csv.neutralised(e.getKey()), e.getKey());
        }
        for (String s : List.of("\t1", "\r=1", "\n=1", " =1", "\u00A0+1", "\u3000@a", "\uFEFF=1", "\u0000x")) {
            assertEquals("'" + s, Csv.neutralised(s), "starts with space or a control character: " + s);
        }
        assertEquals("", Csv.neutralised(""));
        assertEquals("a,b", Csv.neutralised("a,b"));
    }

    private static List<List<String>> rows(TestSite site, String file) {
        String text = site.read(file);
        assertTrue(text.startsWith("\uFEFF"), file);
        return CsvRows.parse(text.substring(1));
    }
}
