package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accountability as sources publish it (issue 17, point 5): a total whose ranks are given only in part, the rest shown
 * as 未分级 and each share over the total; and records of several regions for one round, each a block of its own.
 */
class AccountabilityAsPublishedTest {

    @TempDir
    Path dir;

    static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              feedbackDate: 2021-12-12
            """;

    static final String PARTIAL = """
            - round: r2
              asOf: 2023-05-10
              total: 118
              byRank:
                厅局级: 8
                县处级: 51
            """;

    private TestSite site(String accountability) {
        return TestSite.minimal(dir).write("content/rounds.yaml", ROUNDS)
                .write("content/accountability.yaml", accountability);
    }

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void ranksGivenInPartAreSharesOfTheTotalWithTheRestUngraded() {
        TestSite site = site(PARTIAL);
        assertEquals(List.of(), messages(site.build()));
        for (String page : List.of("accountability/index.html", "rounds/r2/index.html", "index.html")) {
            Html html = Html.of(site.read(page));
            assertEquals(List.of("厅局级", "县处级", "未分级"), html.texts("table.data-table tbody th"), page);
            assertEquals(List.of("8", "6.8%", "51", "43.2%", "59", "50%"),
                    html.texts("table.data-table tbody td"), page);
        }
    }

    @Test
    void ranksThatMakeUpTheTotalHaveNoUngradedRow() {
        TestSite site = site(PARTIAL + "    乡科级及以下: 59\n");
        assertEquals(List.of(), messages(site.build()));
        assertEquals(List.of("厅局级", "县处级", "乡科级及以下"),
                Html.of(site.read("accountability/index.html")).texts("table.data-table tbody th"));
    }

    @Test
    void ranksGivenInPartMayNotExceedTheTotal() {
        BuildResult r = site(PARTIAL.replace("县处级: 51", "县处级: 111")).build();
        assertEquals(List.of("content/accountability.yaml:3:10: error: 问责 118人 is less than its parts: 厅局级 8人 + "
                + "县处级 111人 = 119人 (乡科级及以下 not given)"), messages(r));
    }
}
