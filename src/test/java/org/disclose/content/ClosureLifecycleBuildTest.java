package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task's closure notice (销号公示) through its lifecycle: published before acceptance (拟销号公示) or after it, its
 * state on the data date (the latest release here), its contacts and the release that published it.
 */
class ClosureLifecycleBuildTest {

    private static final String ROUNDS = """
            - id: round2
              name: 第二轮中央生态环境保护督察
              stationedFrom: 2021-08-25
              stationedTo: 2021-09-26
              feedbackDate: 2021-12-12
            """;

    @TempDir
    Path dir;

    private TestSite site(String closure, String releaseDate) {
        return TestSite.minimal(dir).write("content/rounds.yaml", ROUNDS)
                .write("content/releases/" + releaseDate + "-closure-notice.md", """
                        ---
                        title: 关于拟销号整改任务的公示
                        slug: closure-notice
                        date: %s
                        source: 市生态环境局
                        ---
                        现将拟销号整改任务予以公示。
                        """.formatted(releaseDate))
                .write("content/tasks/tasks.yaml", """
                        - id: "2"
                          round: round2
                          problem: 某矿山生态修复滞后
                          status: 达到序时进度
                          closure:
                        """ + closure.indent(4));
    }

    private static List<String> messages(TestSite site) {
        return site.build().diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static final String BEFORE_ACCEPTANCE = """
            noticeFrom: 2023-05-08
            noticeTo: 2023-05-14
            workingDays: 5
            phones: [0871-12345678, 0871-87654321]
            office: 市生态环境局督察整改办
            address: 某市某路1号
            release: closure-notice
            """;

    @Test
    void aNoticeBeforeAcceptanceRunsOnTheDataDateAndShowsItsContactsAndRelease() {
        TestSite site = site(BEFORE_ACCEPTANCE, "2023-05-08");
        assertEquals(List.of(), messages(site));
        Html page = Html.of(site.read("tasks/2/index.html"));
        assertEquals("验收销号公示", page.one("section.closure-notice h2#closure").text());
        assertEquals(List.of("公示中"), page.texts("section.closure-notice dd.closure-state"));
        assertEquals(List.of("公示状态", "公示期", "公示原文"), page.texts("section.closure-notice dt"));
        assertEquals(List.of("2023-05-08", "2023-05-14"),
                page.attrs("section.closure-notice time", "datetime"));
        assertEquals(List.of("5个工作日"), page.texts("section.closure-notice .working-days"));
        assertEquals(List.of("电话：0871-12345678", "电话：0871-87654321", "受理部门：市生态环境局督察整改办",
                "受理地址：某市某路1号"), page.texts("section.closure-notice li"));
        assertEquals(List.of("../../releases/closure-notice/"),
                page.attrs("section.closure-notice a[href*=releases]", "href"));
    }

    @Test
    void afterItsLastDayWithoutAcceptanceTheNoticeHasEnded() {
        TestSite site = site(BEFORE_ACCEPTANCE, "2023-05-15");
        assertEquals(List.of(), messages(site));
        assertEquals(List.of("公示期满"), Html.of(site.read("tasks/2/index.html"))
                .texts("section.closure-notice dd.closure-state"));
    }

    @Test
    void acceptanceMayComeAfterTheNoticeAndThenTheTaskIsStruckOff() {
        TestSite site = site("accepted: 2023-05-15\n" + BEFORE_ACCEPTANCE, "2023-05-15");
        assertEquals(List.of(), messages(site));
        Html page = Html.of(site.read("tasks/2/index.html"));
        assertEquals(List.of("已验收销号"), page.texts("section.closure-notice dd.closure-state"));
        assertEquals(List.of("公示状态", "验收销号时间", "公示期", "公示原文"), page.texts("section.closure-notice dt"));
    }

    @Test
    void aNoticeWithWorkingDaysAloneEndsOnTheDayTheCalendarGivesAndItsStateFollows() {
        // 2023-05-08 is a Monday: five working days are the 8th to the 12th
        TestSite site = site("noticeFrom: 2023-05-08\nworkingDays: 5\nphone: 0871-12345678\n", "2023-05-12");
        assertEquals(List.of(), messages(site));
        Html page = Html.of(site.read("tasks/2/index.html"));
        assertEquals(List.of("公示中"), page.texts("section.closure-notice dd.closure-state"));
        assertEquals(List.of("2023-05-08", "2023-05-12"), page.attrs("section.closure-notice time", "datetime"));
        assertEquals(List.of("5个工作日"), page.texts("section.closure-notice .working-days"));
        assertTrue(page.texts("section.closure-notice li").contains("电话：0871-12345678"));
    }

    @Test
    void theDayAfterTheComputedEndTheNoticeHasEnded() {
        TestSite site = site("noticeFrom: 2023-05-08\nworkingDays: 5\n", "2023-05-13");
        assertEquals(List.of(), messages(site));
        assertEquals(List.of("公示期满"), Html.of(site.read("tasks/2/index.html"))
                .texts("section.closure-notice dd.closure-state"));
    }

    @Test
    void aNoticeWhoseYearTheCalendarDoesNotKnowHasNoComputedEndAndIsWarned() {
        TestSite site = site("noticeFrom: 2019-05-06\nworkingDays: 5\n", "2019-06-30");
        assertEquals(List.of("content/tasks/tasks.yaml:7:18: warning: the holidays of 2019 are not known to the "
                + "working-day calendar, so the last day of 5 working days from 2019-05-06 is not computed: give "
                + "noticeTo, or list 2019 in content/calendar.yaml"), messages(site));
        Html page = Html.of(site.read("tasks/2/index.html"));
        assertEquals(List.of(), page.texts("section.closure-notice dd.closure-state"));
        assertEquals(List.of("2019-05-06"), page.attrs("section.closure-notice time", "datetime"));
        assertEquals(List.of("5个工作日"), page.texts("section.closure-notice .working-days"));
    }

    @Test
    void aNoticeToThatDoesNotHoldItsWorkingDaysIsWarnedWithTheDayTheCalendarGives() {
        // from the Thursday before 国庆 2023 (9-29 to 10-06 off, Saturday 10-07 and Sunday 10-08 worked):
        // 9-28, 10-07, 10-08, 10-09, 10-10 are five working days
        TestSite site = site("noticeFrom: 2023-09-28\nnoticeTo: 2023-10-04\nworkingDays: 5\n", "2023-10-12");
        assertEquals(List.of("content/tasks/tasks.yaml:7:15: warning: noticeTo 2023-10-04 does not end 5 working "
                + "days from 2023-09-28: by the working-day calendar they end on 2023-10-10"), messages(site));
        Html page = Html.of(site.read("tasks/2/index.html"));
        assertEquals(List.of("2023-09-28", "2023-10-04"), page.attrs("section.closure-notice time", "datetime"));
        assertEquals(List.of("公示期满"), page.texts("section.closure-notice dd.closure-state"));
        assertEquals(List.of(), messages(site("noticeFrom: 2023-09-28\nnoticeTo: 2023-10-10\nworkingDays: 5\n",
                "2023-10-12")));
    }

    @Test
    void aNoticeEndingBeforeItBeginsIsRefused() {
        assertEquals(List.of("content/tasks/tasks.yaml:7:15: error: noticeTo 2023-05-07 is before noticeFrom "
                + "2023-05-08"), messages(site("noticeFrom: 2023-05-08\nnoticeTo: 2023-05-07\n", "2023-05-08")));
    }

    @Test
    void theReleaseItNamesMustExist() {
        assertEquals(List.of("content/tasks/tasks.yaml:7:14: error: unknown release 'closure' (known: "
                + "closure-notice)"), messages(site("noticeFrom: 2023-05-08\nrelease: closure\n", "2023-05-08")));
    }

    @Test
    void aMobilePhoneOfTheNoticeMustBeAListedPublicContact() {
        TestSite site = site("noticeFrom: 2023-05-08\nphones: [0871-12345678, 13912345678]\n", "2023-05-08");
        assertEquals(List.of("content/tasks/tasks.yaml:7:29: error: a mobile number (139****5678) must not be "
                + "published: remove it, or if it is an official hotline add it to publicContacts in "
                + "content/site.yaml"), messages(site));
        site.write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                organiser: 测试主办单位
                siteCode: "1234567890"
                icp: 测ICP备12345678号
                publicContacts: [13912345678]
                """);
        assertEquals(List.of(), messages(site));
    }
}
