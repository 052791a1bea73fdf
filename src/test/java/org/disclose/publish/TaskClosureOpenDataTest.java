package org.disclose.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclose.pipeline.BuildResult;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/tasks.csv keeps each measure whole (a JSON array) and carries a closure notice's fields and state. */
class TaskClosureOpenDataTest {

    @TempDir
    Path dir;

    @Test
    void measuresStayWholeAndTheClosureNoticeIsInTheTable() {
        TestSite site = TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: round2
                  name: 第二轮中央生态环境保护督察
                  stationedFrom: 2021-08-25
                  stationedTo: 2021-09-26
                  feedbackDate: 2021-12-12
                """).write("content/releases/2023-05-08-closure-notice.md", """
                ---
                title: 关于拟销号整改任务的公示
                slug: closure-notice
                date: 2023-05-08
                source: 市生态环境局
                ---
                现将拟销号整改任务予以公示。
                """).write("content/tasks/tasks.yaml", """
                - id: "2"
                  round: round2
                  problem: 某矿山生态修复滞后
                  measures: ["排查整治；建立台账", "规范消纳场所"]
                  status: 达到序时进度
                  closure:
                    noticeFrom: 2023-05-08
                    noticeTo: 2023-05-14
                    workingDays: 5
                    phones: [0871-12345678, 0871-87654321]
                    office: 市生态环境局督察整改办
                    address: 某市某路1号
                    release: closure-notice
                - id: "3"
                  round: round2
                  problem: 某河道岸线违规占用
                  status: 达到序时进度
                """);
        BuildResult result = site.build();
        assertTrue(result.ok(), result.diagnostics().toString());
        String text = site.read("data/tasks.csv");
        List<List<String>> rows = CsvRows.parse(text.substring(1));
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            first.put(rows.get(0).get(i), rows.get(1).get(i));
            second.put(rows.get(0).get(i), rows.get(2).get(i));
        }
        assertEquals("[\"排查整治；建立台账\",\"规范消纳场所\"]", first.get("整改措施"));
        assertEquals("公示中", first.get("公示状态"));
        assertEquals("", first.get("验收销号时间"));
        assertEquals("2023-05-08", first.get("公示开始日期"));
        assertEquals("2023-05-14", first.get("公示截止日期"));
        assertEquals("5", first.get("公示期工作日数"));
        assertEquals("[\"0871-12345678\",\"0871-87654321\"]", first.get("受理电话"));
        assertEquals("市生态环境局督察整改办", first.get("受理部门"));
        assertEquals("某市某路1号", first.get("受理地址"));
        assertEquals("closure-notice", first.get("公示原文"));
        assertEquals("[]", second.get("整改措施"));
        assertEquals("", second.get("公示状态"));
        String json = site.read("data/tasks.json");
        assertTrue(json.contains("\"measures\": [\"排查整治；建立台账\",\"规范消纳场所\"]"), json);
        assertTrue(json.contains("\"closurePhones\": [\"0871-12345678\",\"0871-87654321\"]"), json);
    }

    @Test
    void aNoticeGivenInWorkingDaysCarriesTheEndTheCalendarComputes() {
        // 2024-02-08 is the Thursday before 春节 (02-10 to 02-17 off, Sunday 02-18 worked): 08, 09, 18
        TestSite site = TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: round2
                  name: 第二轮中央生态环境保护督察
                  feedbackDate: 2021-12-12
                """).write("content/releases/2024-02-19-notice.md", """
                ---
                title: 关于拟销号整改任务的公示
                date: 2024-02-19
                source: 市生态环境局
                ---
                现将拟销号整改任务予以公示。
                """).write("content/tasks/tasks.yaml", """
                - id: "4"
                  round: round2
                  problem: 某河道岸线违规占用
                  status: 达到序时进度
                  closure:
                    noticeFrom: 2024-02-08
                    workingDays: 3
                """);
        BuildResult result = site.build();
        assertTrue(result.ok(), result.diagnostics().toString());
        List<List<String>> rows = CsvRows.parse(site.read("data/tasks.csv").substring(1));
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            row.put(rows.get(0).get(i), rows.get(1).get(i));
        }
        assertEquals("2024-02-08", row.get("公示开始日期"));
        assertEquals("2024-02-18", row.get("公示截止日期"));
        assertEquals("3", row.get("公示期工作日数"));
        assertEquals("公示期满", row.get("公示状态"));
    }
}
