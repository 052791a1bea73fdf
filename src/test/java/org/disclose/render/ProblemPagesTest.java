package org.disclose.render;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.ProblemSites;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks at two levels on the site: lists group the tasks of a problem split into tasks under it and count both
 * levels; such a problem has a page; its tasks link to it and say which of its tasks they are.
 */
class ProblemPagesTest {

    @TempDir
    Path dir;

    private TestSite built() {
        TestSite site = ProblemSites.site(dir);
        BuildResult r = site.build();
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::toString).toList());
        return site;
    }

    @Test
    void theTaskListGroupsTasksUnderTheirProblemAndCountsBothLevels() {
        TestSite site = built();
        Html list = Html.of(site.read("tasks/index.html"));
        assertEquals(List.of("反馈问题3个，已完成2个；整改任务6项，已完成5项"), list.texts("p.problem-counts"));
        // problem 3 is a single task and has no heading; 5 and 12 head their tasks, in task order
        assertEquals(List.of("问题5 露天矿山生态修复滞后", "问题12 城市黑臭水体整治不到位"),
                list.texts("tbody th[scope=rowgroup]"));
        assertEquals(List.of("../tasks/problem/5/", "../tasks/problem/12/"),
                list.attrs("tbody th[scope=rowgroup] a", "href"));
        assertEquals(List.of("3", "5-1", "5-2", "12-1", "12-2", "12-3"), list.texts("tbody tr:not(.problem-group) td:first-child"));
        assertEquals(3, list.texts("tbody").size(), "a body for task 3, one for problem 5, one for problem 12");
        // the round's list holds whole problems too; a status list does not, and counts tasks only
        assertEquals(List.of("反馈问题3个，已完成2个；整改任务6项，已完成5项"),
                Html.of(site.read("tasks/round/r2/index.html")).texts("p.problem-counts"));
        Html done = Html.of(site.read("tasks/status/已完成/index.html"));
        assertEquals(List.of(), done.texts("p.problem-counts"));
        assertEquals(List.of("问题5 露天矿山生态修复滞后", "问题12 城市黑臭水体整治不到位"),
                done.texts("tbody th[scope=rowgroup]"));
    }

    @Test
    void theRoundDashboardCountsBothLevels() {
        TestSite site = built();
        assertEquals(List.of("反馈问题3个，已完成2个；整改任务6项，已完成5项"),
                Html.of(site.read("rounds/r2/index.html")).texts("p.problem-counts"));
        assertEquals(List.of("反馈问题3个，已完成2个；整改任务6项，已完成5项"),
                Html.of(site.read("index.html")).texts("p.problem-counts"));
        // the report's figures at the problem level, in the theme's words
        assertContains(Html.of(site.read("rounds/r2/index.html")).text(), "反馈问题 3个");
    }

    @Test
    void aProblemSplitIntoTasksHasAPage() {
        TestSite site = built();
        Html twelve = Html.of(site.read("tasks/problem/12/index.html"));
        assertEquals("问题12", twelve.h1());
        assertEquals(List.of("城市黑臭水体整治不到位", "尚未完成整改", "第二轮中央生态环境保护督察"), twelve.texts("dl.record-facts dd"));
        assertEquals(List.of("12-1", "12-2", "12-3"), twelve.texts("tbody td:first-child"));
        assertEquals(List.of("已完成", "达到序时进度", "基本完成"), twelve.texts("tbody td:last-child"));
        assertEquals(3, twelve.texts("tbody th[scope=row] a").size(), "each task is its row's header, linked");
        assertContains(twelve.text(), "整改任务3项，已完成2项");
        assertEquals("问题12的整改任务", twelve.one("caption").text());

        Html five = Html.of(site.read("tasks/problem/5/index.html"));
        assertEquals(List.of("露天矿山生态修复滞后", "已完成整改", "2023-04-01", "第二轮中央生态环境保护督察"),
                five.texts("dl.record-facts dd"));
        assertEquals(List.of("首页", "整改任务", "问题5"), five.texts("nav.breadcrumbs li"));
        // a problem that is a single task is the task's page alone
        assertFalse(site.exists("tasks/problem/3/index.html"));
    }

    @Test
    void aTaskOfASplitProblemLinksToIt() {
        TestSite site = built();
        Html task = Html.of(site.read("tasks/12-3/index.html"));
        assertEquals(List.of("../../tasks/problem/12/"), task.attrs("dl.record-facts a[href*=problem]", "href"));
        assertContains(task.text(), "所属反馈问题 第12项问题之3");
        assertEquals(List.of("首页", "整改任务", "问题12", "整改任务第12-3项"), task.texts("nav.breadcrumbs li"));
        assertEquals(List.of(), Html.of(site.read("tasks/3/index.html")).attrs("dl.record-facts a[href*=problem]",
                "href"));
    }

    @Test
    void sitemapAndSearchIncludeProblemPages() {
        TestSite site = built();
        assertContains(site.read("sitemap.xml"), "https://test.example.gov.cn/tasks/problem/12/");
        assertContains(site.read("search/docs/0.json"), "tasks/problem/12/");
        assertContains(site.read("search/docs/0.json"), "问题12 城市黑臭水体整治不到位");
    }

    @Test
    void withdrawnTasksLeaveTheirProblemButKeepItsPage() {
        String withdrawn = "  withdrawn:\n    date: 2023-05-01\n    reason: 与第12项问题合并。\n";
        String tasks = ProblemSites.TASKS.replace("""
                    - date: 2023-04-01
                      status: 已销号
                """, """
                    - date: 2023-04-01
                      status: 已销号
                """ + withdrawn).replace("""
                    - date: 2023-02-01
                      status: 已完成
                """, """
                    - date: 2023-02-01
                      status: 已完成
                """ + withdrawn).replace("""
                    - date: 2022-10-01
                      status: 达到序时进度
                """, """
                    - date: 2022-10-01
                      status: 达到序时进度
                """ + withdrawn);
        TestSite site = ProblemSites.site(dir).write("content/tasks/tasks.yaml", tasks)
                .write("content/rounds.yaml", ProblemSites.ROUNDS.replace("tasksTotal: 6", "tasksTotal: 3")
                        .replace("tasksDone: 5", "tasksDone: 3").replace("problemsTotal: 3", "problemsTotal: 2")
                        .replace("problemsDone: 2", "problemsDone: 2"));
        assertEquals(List.of(), site.build().diagnostics().stream().map(Diagnostic::toString).toList());
        // problem 12 without its withdrawn task 12-2 is done; problem 5 has no task left and is not counted
        assertEquals(List.of("反馈问题2个，已完成2个；整改任务3项，已完成3项"),
                Html.of(site.read("tasks/index.html")).texts("p.problem-counts"));
        Html twelve = Html.of(site.read("tasks/problem/12/index.html"));
        assertEquals(List.of("城市黑臭水体整治不到位", "已完成整改", "2023-03-01", "第二轮中央生态环境保护督察"),
                twelve.texts("dl.record-facts dd"));
        assertEquals(List.of("12-1", "12-3"), twelve.texts("tbody td:first-child"));
        // the withdrawn tasks keep their pages, and so their problem keeps its page, without a state to tell
        Html five = Html.of(site.read("tasks/problem/5/index.html"));
        assertEquals(List.of("露天矿山生态修复滞后", "第二轮中央生态环境保护督察"), five.texts("dl.record-facts dd"));
        assertContains(five.text(), "暂无整改任务");
        assertEquals(List.of("../../tasks/problem/5/"),
                Html.of(site.read("tasks/5-1/index.html")).attrs("dl.record-facts a[href*=problem]", "href"));
    }

    @Test
    void tasksWithoutProblemNumbersAreCountedAsTasksOnly() {
        TestSite site = ProblemSites.site(dir).write("content/tasks/more.yaml", """
                - id: water-quality
                  round: r2
                  problem: 水质监测
                  status: 达到序时进度
                """).write("content/rounds.yaml", ProblemSites.ROUNDS.replace("tasksTotal: 6", "tasksTotal: 7"));
        BuildResult r = site.build();
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::toString).toList(),
                "problem figures stand as declared: the records cannot count problems");
        Html list = Html.of(site.read("tasks/index.html"));
        assertEquals(List.of(), list.texts("p.problem-counts"));
        assertContains(list.text(), "共 7 项");
        assertEquals(List.of("问题5 露天矿山生态修复滞后", "问题12 城市黑臭水体整治不到位"),
                list.texts("tbody th[scope=rowgroup]"), "grouping does not need every task numbered");
    }
}
