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

    static final String REGIONS = PARTIAL + """
            - round: r2
              region: 长春市
              asOf: 2023-05-10
              total: 30
              byRank:
                厅局级: 2
                县处级: 10
                乡科级及以下: 18
              tables:
                - caption: 长春市各县（市、区）问责情况
                  rows: region
                  columns: [heldAccountable]
                  data:
                    - [朝阳区, 12]
                    - [南关区, 18]
                  total: [合计, 30]
            - round: r2
              region: 吉林市
              asOf: 2023-05-10
              total: 20
            """;

    @Test
    void regionsOfOneRoundAreBlocksHeadedByTheirRegion() {
        TestSite site = site(REGIONS);
        assertEquals(List.of(), messages(site.build()));
        Html page = Html.of(site.read("accountability/index.html"));
        assertEquals(List.of("第二轮中央生态环境保护督察", "第二轮中央生态环境保护督察（长春市）",
                "第二轮中央生态环境保护督察（吉林市）"), page.texts("main h2"));
        assertEquals(List.of("按干部层级", "长春市按干部层级"), page.attrs("div.table-scroll[aria-label$=按干部层级]",
                "aria-label"));
        Html round = Html.of(site.read("rounds/r2/index.html"));
        assertEquals(List.of("长春市", "吉林市"), round.texts("section[aria-labelledby=dash-accountability] h3"));
        String csv = site.read("data/accountability.csv");
        assertEquals("督察轮次,地区,", csv.substring(csv.indexOf("督察轮次"), csv.indexOf("督察轮次") + 8));
        assertEquals(true, site.read("data/figures.csv")
                .contains("heldAccountable,问责,30,人,,2023-05-10,day,长春市,r2,,,长春市,"),
                "the region's total is a figure for its region");
    }

    @Test
    void aRegionsRanksAndTableAreCheckedForItsRegion() {
        BuildResult r = site(REGIONS.replace("乡科级及以下: 18", "乡科级及以下: 17").replace("[南关区, 18]", "[南关区, 17]"))
                .build();
        assertEquals(List.of("content/accountability.yaml:10:10: error: 问责 30人 (长春市) does not agree with its "
                + "parts: 厅局级 2人 + 县处级 10人 + 乡科级及以下 17人 = 29人", "content/accountability.yaml:22:19: error: "
                + "问责 30人 (长春市) does not agree with its rows: 朝阳区 12人 + 南关区 17人 = 29人"), messages(r));
    }

    @Test
    void twoRecordsOfOneRoundAndRegionAreAnError() {
        BuildResult r = site(REGIONS.replace("region: 吉林市", "region: 长春市")).build();
        assertEquals(List.of("content/accountability.yaml:24:11: error: duplicate accountability record for round and "
                + "region 'r2, 长春市': already used at content/accountability.yaml:8:11; each must be unique"),
                messages(r));
        assertEquals(List.of("content/accountability.yaml:7:10: error: duplicate accountability record for round 'r2': "
                + "already used at content/accountability.yaml:1:10; each must be unique"),
                messages(site(PARTIAL + PARTIAL).build()));
    }
}
