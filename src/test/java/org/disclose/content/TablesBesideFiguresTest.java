package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tables:} is read wherever {@code figures:} is: a closure notice (a release) and a progress report (a round's
 * report) print their table by region on their page, and its rows are checked against the figure they break down.
 */
class TablesBesideFiguresTest {

    private static final String NOTICE = "content/releases/2024-03-01-parks-closure.md";
    private static final String PARKS = """
            tables:
              - caption: 各市化工园区
                rows: region
                columns: [parks, parks-national, parks-provincial]
                data:
                  - [甲市, 30, 7, 23]
                  - [乙市, ROW]
            ---""";
    private static final String REPORT = "content/rounds.yaml";
    private static final String TASKS = """
                    - {key: closureRate, value: 94.4%, label: 结案销号率}
                  tables:
                    - caption: 各市整改任务完成情况
                      rows: region
                      columns: [tasksTotal, tasksDone]
                      data:
                        - [甲市, 40, 33]
                        - [乙市, ROW]
            """;

    @TempDir
    Path dir;

    private TestSite notice(String row) {
        return plant(site(dir, "closure-notice"), NOTICE, "subsetOf: parks}\n---",
                "subsetOf: parks}\n" + PARKS.replace("ROW", row));
    }

    private TestSite report(String row) {
        return plant(site(dir, "progress-report"), REPORT,
                "        - {key: closureRate, value: 94.4%, label: 结案销号率}\n", TASKS.replace("ROW", row));
    }

    @Test
    void aReleaseShowsItsTableAndItsRowsAddUpToItsFigure() {
        TestSite s = notice("28, 5, 23");
        assertEquals(List.of(), build(s));
        Html page = Html.of(s.read("releases/2024-03-01-parks-closure/index.html"));
        assertEquals(List.of("各市化工园区"), page.texts("table.figure-table caption"));
        assertEquals(List.of("甲市", "乙市"), page.texts("table.figure-table tbody th"));
        assertEquals(List.of(NOTICE + ":9:34: error: 国家级 12个 does not agree with its rows: 甲市 7个 + 乙市 6个 "
                + "= 13个", NOTICE + ":10:36: error: 省级 46个 does not agree with its rows: 甲市 23个 + 乙市 22个 "
                + "= 45个"), build(notice("28, 6, 22")));
    }

    @Test
    void aRoundReportShowsItsTableAndItsRowsAddUpToItsFigure() {
        TestSite s = report("24, 19");
        assertEquals(List.of(), build(s));
        Html page = Html.of(s.read("rounds/round2/index.html"));
        assertEquals(List.of("各市整改任务完成情况"), page.texts("table.figure-table caption"));
        assertEquals(List.of(REPORT + ":12:35: error: 已完成整改 52项 does not agree with its rows: 甲市 33项 "
                + "+ 乙市 20项 = 53项"), build(report("24, 20")));
    }

    /** A table printed without a title needs none: the theme captions it, numbered when a page has several. */
    @Test
    void anUntitledTableIsCaptionedInTheThemesWords() {
        String file = "content/bulletins/jiaoban-13.md";
        TestSite s = plant(plant(site(dir, "jiaoban-tables"), file, "  - caption: 第13批交办信访件按地区和来源分布\n    rows: region",
                "  - rows: region"), file, "  - caption: 第13批交办信访件按污染类型分布\n    rows: type", "  - rows: type");
        assertEquals(List.of(), build(s));
        assertEquals(List.of("按地区统计（1）", "按类型统计（2）"),
                Html.of(s.read("bulletins/jiaoban-13/index.html")).texts("table.figure-table caption"));
    }
}
