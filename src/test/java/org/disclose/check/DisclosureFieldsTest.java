package org.disclose.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release's 信息公开 fields: the metadata table of its page, the Author tag, the vocabulary of 有效性, and 成文日期
 * against 发布时间 under the 20-working-day rule.
 */
class DisclosureFieldsTest {

    @TempDir
    Path dir;

    private TestSite site(String fields) {
        return TestSite.minimal(dir).write("content/releases/a.md", "---\ntitle: 关于整改进展的通报\n" + fields
                + "---\n正文。\n");
    }

    private static List<String> messages(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void theMetadataTableShowsTheRowsTheContentGives() {
        TestSite site = site("""
                date: 2023-05-10
                indexNumber: 11220000013544357T/2023-00012
                publisher: 吉林省生态环境厅
                written: 2023-05-08
                documentNumber: 吉环督办〔2023〕12号
                topic: 生态环境
                validity: 有效
                """);
        assertEquals(List.of(), messages(site.build()));
        Html page = Html.of(site.read("releases/a/index.html"));
        assertEquals(List.of("索引号", "主题分类", "发布机构", "成文日期", "标题", "发文字号", "发布日期", "有效性"),
                page.texts("table.disclosure-meta th[scope=row]"));
        assertEquals(List.of("11220000013544357T/2023-00012", "生态环境", "吉林省生态环境厅", "2023-05-08",
                "关于整改进展的通报", "吉环督办〔2023〕12号", "2023-05-10", "有效"), page.texts("table.disclosure-meta td"));
        assertEquals("信息公开", page.texts("table.disclosure-meta caption").get(0));
        assertEquals(List.of("吉林省生态环境厅"), page.attrs("meta[name=Author]", "content"));
    }

    @Test
    void onlyGivenRowsAndTheSitesPublisherByDefault() {
        TestSite site = site("date: 2023-05-10\ndocumentNumber: 吉环督办〔2023〕12号\n").write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                siteCode: "1234567890"
                disclosure:
                  publisher: 吉林省生态环境厅
                """);
        assertTrue(site.build().ok());
        Html page = Html.of(site.read("releases/a/index.html"));
        assertEquals(List.of("发布机构", "标题", "发文字号", "发布日期"), page.texts("table.disclosure-meta th"));
        assertEquals(List.of("吉林省生态环境厅"), page.attrs("meta[name=Author]", "content"));
    }

    @Test
    void aReleaseWithoutDisclosureFactsHasNoTable() {
        TestSite site = site("date: 2023-05-10\n");
        assertTrue(site.build().ok());
        Html page = Html.of(site.read("releases/a/index.html"));
        assertEquals(List.of(), page.texts("table.disclosure-meta th"));
        assertEquals(List.of(), page.attrs("meta[name=Author]", "content"));
    }

    @Test
    void validityIsAVocabulary() {
        assertEquals(List.of("content/releases/a.md:4:11: error: 'validity' of the release is '有校', which is not "
                + "allowed (did you mean '有效'?); use one of: 有效, 失效, 废止"),
                messages(site("date: 2023-05-10\nvalidity: 有校\n").build()));
    }

    @Test
    void aBadOrganisationCodeIsRefused() {
        TestSite site = site("date: 2023-05-10\n").write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                siteCode: "1234567890"
                disclosure:
                  organisationCode: 1122 0000/X
                """);
        assertEquals(List.of("content/site.yaml:5:21: error: organisationCode '1122 0000/X' must be letters and "
                + "digits only (at most 40), such as a 统一社会信用代码: 索引号 are made of it"), messages(site.build()));
    }

    @Test
    void moreThanTwentyWorkingDaysAfterWritingIsWarned() {
        // 2023-04-03 to 05-10: 清明 04-05 and 劳动节 04-29 to 05-03 off, 04-23 and 05-06 worked: 25 working days
        assertEquals(List.of("content/releases/a.md:4:10: warning: published 25 working days after it was written "
                + "(2023-04-03 to 2023-05-10), more than the 20 the 政府信息公开条例 allows (第二十六条)"),
                messages(site("date: 2023-05-10\nwritten: 2023-04-03\n").build()));
        // 2023-04-11 to 05-10: 20 working days, the most allowed
        assertEquals(List.of(), messages(site("date: 2023-05-10\nwritten: 2023-04-11\n").build()));
    }

    @Test
    void aYearTheCalendarDoesNotCoverCountsWeekdaysWithAWarning() {
        assertEquals(List.of("content/releases/a.md:4:10: warning: the holidays of 2019 are not known to the "
                + "working-day calendar, so the 13 working days from 2019-03-01 to 2019-03-20 count weekdays only: "
                + "list 2019 in content/calendar.yaml"),
                messages(site("date: 2019-03-20\nwritten: 2019-03-01\n").build()));
    }

    @Test
    void writtenAfterPublicationIsAnError() {
        assertEquals(List.of("content/releases/a.md:4:10: error: written 2023-05-11 is after the publication date "
                + "2023-05-10: a document is published after it is written"),
                messages(site("date: 2023-05-10\nwritten: 2023-05-11\n").build()));
    }
}
