package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulletins as content: the example 交办 and 办理 bulletins build clean, and for every relation among their figures a
 * planted error fails the build with a diagnostic at the wrong figure.
 */
class BulletinBuildTest {

    private static final String JIAOBAN_12 = "content/bulletins/jiaoban-12.md";
    private static final String BANLI = "content/bulletins/banli-1-13.md";

    @TempDir
    Path dir;

    @Test
    void theJiaobanBulletinsBuildClean() {
        assertEquals(List.of(), build(site(dir, "jiaoban")));
    }

    @Test
    void theBanliBulletinBuildsClean() {
        assertEquals(List.of(), build(site(dir, "banli")));
    }

    @Test
    void channelsThatDoNotAddUpToTheBatch() {
        assertEquals(List.of(JIAOBAN_12 + ":10:12: error: 群众信访举报件 41件 does not agree with its parts: 来电 30件 + "
                + "来信 6件 + 微信 6件 = 42件"), build(plant(site(dir, "jiaoban"), JIAOBAN_12,
                "{key: by-wechat, value: 5,", "{key: by-wechat, value: 6,")));
    }

    /** The wrong batch figure also breaks the running total, which the core reports at the running total. */
    @Test
    void keyCasesMoreThanTheBatch() {
        assertEquals(List.of(JIAOBAN_12 + ":16:33: error: 重点 42件 is more than 群众信访举报件 41件, which includes it",
                JIAOBAN_12 + ":18:33: error: 累计重点 27件 (第1至12批) does not agree with the running total before this "
                        + "batch and the batch: 累计重点 24件 (第1至11批) + 重点 42件 (第12批) = 66件 "
                        + "(see content/bulletins/jiaoban-11.md:11:33)"),
                build(plant(site(dir, "jiaoban"), JIAOBAN_12, "value: 3, label: 重点", "value: 42, label: 重点")));
    }

    @Test
    void aRunningTotalThatIsNotTheEarlierOnePlusTheBatch() {
        assertEquals(List.of(JIAOBAN_12 + ":17:38: error: 累计交办 454件 (第1至12批) does not agree with the running total "
                + "before this batch and the batch: 累计交办 412件 (第1至11批) + 群众信访举报件 41件 (第12批) = 453件 "
                + "(see content/bulletins/jiaoban-11.md:10:38)"), build(plant(site(dir, "jiaoban"), JIAOBAN_12,
                "value: 453", "value: 454")));
    }

    @Test
    void handlingStatesThatDoNotAddUpToTheAssigned() {
        assertEquals(List.of(BANLI + ":8:38: error: 交办 481件 does not agree with its parts: 已办结 402件 + 阶段性办结 61件 "
                + "+ 未办结 17件 = 480件"), build(plant(site(dir, "banli"), BANLI, "value: 18}", "value: 17}")));
    }

    @Test
    void aClosureRateRoundedOtherwiseThanItsSourceSays() {
        assertEquals(List.of(BANLI + ":12:31: error: 办结率 83.58% does not agree with 已办结 402件 ÷ 交办 481件 = 83.57% "
                + "(truncated to 2 decimals)"),
                build(plant(site(dir, "banli"), BANLI, "value: 83.57%", "value: 83.58%")));
    }

    @Test
    void verdictsThatAddUpToMoreThanTheAssigned() {
        assertEquals(List.of(BANLI + ":8:38: error: 交办 481件 is less than its parts: 属实 180件 + 基本属实 95件 + 部分属实 "
                + "120件 + 不属实 90件 = 485件"), build(plant(site(dir, "banli"), BANLI, "value: 60}", "value: 90}")));
    }

    @Test
    void aSubsetOfARankMoreThanTheRank() {
        assertEquals(List.of(BANLI + ":25:50: error: 正厅级 2人 is more than 厅级 1人, which includes it"),
                build(plant(site(dir, "banli"), BANLI, "value: 1, label: 正厅级", "value: 2, label: 正厅级")));
    }

    @Test
    void ranksThatAddUpToMoreThanAHedgedTotal() {
        assertEquals(List.of(BANLI + ":23:35: error: 问责 5人以内 is less than its parts: 厅级 1人 + 处级 5人 = 6人 "
                + "(乡科级及以下 not given)"),
                build(plant(site(dir, "banli"), BANLI, "value: 超过28", "value: 5以内")));
    }

    @Test
    void aFigureStatedTwiceWithAnotherValue() {
        TestSite same = plant(site(dir.resolve("same"), "banli"), BANLI, "  - {key: complaintsPhased",
                "  - {key: complaintsClosed, value: 402, label: 已结案销号}\n  - {key: complaintsPhased");
        assertEquals(List.of(), build(same));
        assertEquals(List.of(BANLI + ":10:36: error: 已办结 403件 is stated again for 第1至13批 with another value: "
                + "first as 已办结 402件 at " + BANLI + ":9:36"), build(plant(site(dir.resolve("other"), "banli"),
                BANLI, "  - {key: complaintsPhased", "  - {key: complaintsClosed, value: 403}\n  - {key: "
                + "complaintsPhased")));
    }
}
