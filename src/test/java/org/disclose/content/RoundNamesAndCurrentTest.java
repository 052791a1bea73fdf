package org.disclose.content;

import static org.disclose.Contains.assertContains;
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
 * Rounds as sources give them (issue 17, point 6): a round without a name is called by its group, and without either by
 * the theme's generic words; the home page's round may be chosen with {@code current: true}, where a site shows more
 * than one round (a first round's 回头看 beside the third round, which is not yet fed back).
 */
class RoundNamesAndCurrentTest {

    @TempDir
    Path dir;

    static final String ROUNDS = """
            - id: huitoukan
              name: 第一轮中央生态环境保护督察“回头看”
              feedbackDate: 2018-10-20
            - id: round3
              group: 中央第三生态环境保护督察组
              stationedFrom: 2023-11-01
              current: true
            """;

    static final String TASKS = """
            - id: "1"
              round: huitoukan
              problem: 问题一
              status: 已完成
            - id: "2"
              round: round3
              problem: 问题二
              status: 达到序时进度
            """;

    private TestSite site(String rounds) {
        return TestSite.minimal(dir).write("content/rounds.yaml", rounds).write("content/tasks/tasks.yaml", TASKS);
    }

    private static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void theChosenRoundIsOnTheHomePageAndBothRoundsHavePages() {
        TestSite site = site(ROUNDS);
        assertEquals(List.of(), messages(site.build()));
        Html home = Html.of(site.read("index.html"));
        assertEquals(List.of("中央第三生态环境保护督察组"), home.texts("#dash-round"),
                "the round marked current, named by its group, though the other was fed back and it was not");
        assertEquals("中央第三生态环境保护督察组", Html.of(site.read("rounds/round3/index.html")).h1());
        assertEquals("第一轮中央生态环境保护督察“回头看”", Html.of(site.read("rounds/huitoukan/index.html")).h1());
        assertContains(Html.of(site.read("tasks/2/index.html")).text(), "中央第三生态环境保护督察组");
        assertContains(Html.of(site.read("tasks/1/index.html")).text(), "第一轮中央生态环境保护督察“回头看”");
    }

    @Test
    void withoutTheFlagTheRoundFedBackLatestStaysTheDefault() {
        TestSite site = site(ROUNDS.replace("  current: true\n", ""));
        assertEquals(List.of(), messages(site.build()));
        assertEquals(List.of("第一轮中央生态环境保护督察“回头看”"), Html.of(site.read("index.html")).texts("#dash-round"));
    }

    @Test
    void aRoundWithNeitherNameNorGroupIsCalledByTheThemesGenericWords() {
        TestSite site = site(ROUNDS.replace("  group: 中央第三生态环境保护督察组\n", ""));
        assertEquals(List.of(), messages(site.build()));
        assertEquals("生态环境保护督察", Html.of(site.read("rounds/round3/index.html")).h1());
        assertEquals(List.of("生态环境保护督察"), Html.of(site.read("index.html")).texts("#dash-round"));
    }

    @Test
    void twoCurrentRoundsAreAnErrorAtTheSecond() {
        BuildResult r = site(ROUNDS.replace("  feedbackDate: 2018-10-20\n",
                "  feedbackDate: 2018-10-20\n  current: true\n")).build();
        assertEquals(List.of("content/rounds.yaml:8:12: error: only one round can be the current round (the home "
                + "page's): another is marked 'current: true' at content/rounds.yaml:4:12; remove one"), messages(r));
    }

    @Test
    void currentMustBeTrueOrFalse() {
        BuildResult r = site(ROUNDS.replace("current: true", "current: 是")).build();
        assertEquals(List.of("content/rounds.yaml:7:12: error: 'current' must be true or false, not '是'"), messages(r));
    }

    @Test
    void twoRoundsWithNeitherNameNorGroupAreWarnedOf() {
        BuildResult r = site(ROUNDS.replace("  name: 第一轮中央生态环境保护督察“回头看”\n", "")
                .replace("  group: 中央第三生态环境保护督察组\n", "")).build();
        assertEquals(List.of("content/rounds.yaml:3:7: warning: round 'round3' has neither 'name' nor 'group', and "
                + "neither has the round at content/rounds.yaml:1:7: pages call both by the same generic words; "
                + "give one a name or group"), messages(r));
    }
}
