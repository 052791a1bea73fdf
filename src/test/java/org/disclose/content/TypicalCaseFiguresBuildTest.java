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
 * A typical case with related figures: paid 120 of a 4000 万元 fund = 3.0%; and a key figure in the older form
 * without a key, which stays valid.
 */
class TypicalCaseFiguresBuildTest {

    private static final String CASE = "content/cases/fund-slow-payout.md";

    @TempDir
    Path dir;

    private List<String> planted(String text, String wrong) {
        return build(plant(site(dir, "typical-case"), CASE, text, wrong));
    }

    @Test
    void buildsCleanAndTheCasePageShowsBothForms() {
        TestSite site = site(dir, "typical-case");
        assertEquals(List.of(), build(site));
        Html page = Html.of(site.read("cases/fund-slow-payout/index.html"));
        assertEquals(List.of("新建污水管网"), page.texts("dl.figures dt"));
        assertEquals(List.of("12.5公里"), page.texts("dl.figures dd"));
        assertEquals(List.of("专项整改资金", "已拨付", "拨付进度"), page.texts("table.declared-figures tbody th"));
        assertEquals(List.of("4000万元", "120万元", "3.0%"), page.texts("table.declared-figures tbody td.num"));
        assertEquals("2023年5月", page.texts("table.declared-figures tbody time").get(0));
    }

    @Test
    void theRateIsThePartOfTheWhole() {
        assertEquals(List.of(CASE + ":12:29: error: 拨付进度 3.1% does not agree with 已拨付 120万元 ÷ 专项整改资金 4000万元 "
                + "= 3.0% (half-up to 1 decimal)"), planted("value: 3.0%", "value: 3.1%"));
    }

    @Test
    void unitsConvertBeforeTheRateIsTaken() {
        assertEquals(List.of(), planted("value: 120, unit: 万元", "value: 1200000, unit: 元"));
    }

    @Test
    void aSourceThatTruncatesSaysSo() {
        assertEquals(List.of(), planted("value: 120, unit: 万元", "value: 119.9, unit: 万元"), "2.9975% is 3.0% half-up");
        TestSite site = plant(plant(site(dir, "typical-case"), CASE, "value: 120, unit: 万元", "value: 119.9, unit: 万元"),
                CASE, "value: 3.0%,", "value: 3.0%, rounding: truncate,");
        assertEquals(List.of(CASE + ":12:29: error: 拨付进度 3.0% does not agree with 已拨付 119.9万元 ÷ 专项整改资金 "
                + "4000万元 = 2.9% (truncated to 1 decimal)"), build(site));
    }

    @Test
    void whatWasPaidIsSomeOfTheFund() {
        assertEquals(List.of(CASE + ":11:24: error: 已拨付 4100万元 is more than 专项整改资金 4000万元, which includes it",
                CASE + ":12:29: error: 拨付进度 3.0% does not agree with 已拨付 4100万元 ÷ 专项整改资金 4000万元 = 102.5% "
                        + "(half-up to 1 decimal)"), planted("value: 120, unit: 万元", "value: 4100, unit: 万元"));
    }

    @Test
    void aRateOfAKeyTheListDoesNotDeclareIsLocated() {
        assertEquals(List.of(CASE + ":12:91: error: the relation names 'funds', which no figure of this list declares: "
                + "relations are between figures of one list; declared keys are fund, paid, paid-rate"),
                planted("whole: fund}", "whole: funds}"));
    }
}
