package org.disclose.check;

import static org.disclose.Contains.assertNotContains;
import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.pipeline.BuildSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication record {@code content/published.yaml}: what {@code disclose build} appends and assigns, what it
 * refuses, and that nothing else writes it.
 */
class PublicationRecordTest {

    private static final String SETTINGS = """
            title: 测试站点
            baseUrl: https://test.example.gov.cn/
            siteCode: "1234567890"
            disclosure:
              organisationCode: 11220000013544357T
              publisher: 吉林省生态环境厅
            """;

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).write("content/site.yaml", SETTINGS);
    }

    private static String release(String date, String extra) {
        return "---\ntitle: 整改进展\ndate: " + date + "\n" + extra + "---\n正文。\n";
    }

    private String record() throws IOException {
        Path p = dir.resolve("content/published.yaml");
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }

    private static List<String> messages(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aBuildRecordsNewPagesAndAssignsIndexNumbersByYear() throws IOException {
        TestSite site = site()
                .write("content/releases/b.md", release("2023-06-01", ""))
                .write("content/releases/a.md", release("2023-06-01", ""))
                .write("content/releases/c.md", release("2024-01-05T09:30", ""))
                .write("content/releases/d.md", release("2023-05-01", "draft: true\n"));
        BuildResult result = site.build();
        assertEquals(List.of("content/published.yaml:1:1: note: recorded 3 pages published for the first time: commit "
                + "content/published.yaml"), messages(result));
        assertEquals("""
                # Publication record (发布记录): every page this site has published, with its 发布时间 and 索引号.
                # `disclose build` appends an entry for each page it publishes for the first time: commit this file.
                # Never change or remove an entry (docs/publishing.md, "Rules for government websites").
                - {path: "releases/a/", published: 2023-06-01, indexNumber: "11220000013544357T/2023-00001"}
                - {path: "releases/b/", published: 2023-06-01, indexNumber: "11220000013544357T/2023-00002"}
                - {path: "releases/c/", published: 2024-01-05T09:30, indexNumber: "11220000013544357T/2024-00001"}
                """, record());
        assertTrue(site.read("releases/c/index.html").contains("<td>11220000013544357T/2024-00001</td>"));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("content/published.yaml"))));
        assertEquals(List.of("published.yaml", "releases", "site.yaml"),
                Files.list(dir.resolve("content")).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void serialsAreNeverReusedAndOldEntriesNeverChange() throws IOException {
        String before = """
                # kept as written
                - {path: releases/gone/, published: 2023-03-01, indexNumber: 11220000013544357T/2023-00007}
                - path: releases/a/
                  published: 2023-04-01
                """;
        TestSite site = site()
                .write("content/published.yaml", before)
                .write("content/releases/a.md", release("2023-04-01", ""))
                .write("content/releases/b.md", release("2023-06-01", ""));
        assertTrue(site.build().ok());
        assertEquals(before + "- {path: \"releases/b/\", published: 2023-06-01, indexNumber: "
                + "\"11220000013544357T/2023-00008\"}\n", record());
        // a page recorded without an index number keeps none
        assertFalse(site.read("releases/a/index.html").contains("索引号"));
    }

    @Test
    void theSameContentAndRecordBuildTheSameSite() throws IOException {
        TestSite site = site().write("content/releases/a.md", release("2023-06-01", ""));
        assertTrue(site.build().ok());
        String record = record();
        assertTrue(record.contains("{path: \"releases/a/\", published: 2023-06-01, indexNumber: "
                + "\"11220000013544357T/2023-00001\"}"), record);
        java.util.Map<String, String> first = TestSite.digest(site.output());
        BuildResult again = site.build();
        assertEquals(List.of(), messages(again));
        assertEquals(record, record());
        java.util.Map<String, String> second = TestSite.digest(site.output());
        // builtAt, and the fingerprint of the inputs (the record's time of change among them)
        for (String f : List.of("manifest.json", "manifest.json.gz", ".disclose-site")) {
            first.remove(f);
            second.remove(f);
        }
        assertEquals(first, second);
    }

    @Test
    void checkAndPreviewNeverWriteTheRecord() throws IOException {
        TestSite site = site().write("content/releases/a.md", release("2023-06-01", ""));
        BuildResult checked = site.build(site.options().checkOnly());
        assertEquals(List.of("content/published.yaml:1:1: warning: 1 page is not in the record yet; run disclose build "
                + "and commit content/published.yaml"), messages(checked));
        assertEquals(null, record());
        BuildResult preview = Build.preview(site.options().withOutput(dir.resolve("preview")), BuildProgress.NONE,
                new BuildSession(false));
        assertEquals(List.of(), messages(preview));
        assertEquals(null, record());
    }

    @Test
    void aFailedBuildLeavesTheRecordAsItWas() throws IOException {
        String before = "- {path: releases/a/, published: 2023-04-01}\n";
        TestSite site = site().write("content/published.yaml", before)
                .write("content/releases/a.md", release("2023-04-01", ""))
                .write("content/releases/b.md", release("2023-06-01", "round: nowhere\n"));
        assertFalse(site.build().ok());
        assertEquals(before, record());
    }

    @Test
    void contentThatContradictsTheRecordIsRefused() throws IOException {
        String before = """
                - {path: releases/a/, published: 2023-04-01, indexNumber: X1/2023-00001}
                - {path: releases/b/, published: 2023-04-02, indexNumber: X1/2023-00002}
                - {path: releases/c/, published: 2023-04-03}
                """;
        TestSite site = site().write("content/published.yaml", before)
                .write("content/releases/a.md", release("2023-04-01", "indexNumber: X1/2023-00009\n"))
                .write("content/releases/b.md", release("2023-04-02", ""))
                .write("content/releases/c.md", release("2023-04-03", "indexNumber: X1/2023-00003\n"))
                .write("content/releases/d.md", release("2023-04-04", "indexNumber: X1/2023-00002\n"));
        assertEquals(List.of(
                "content/releases/a.md:4:14: error: indexNumber X1/2023-00009 differs from X1/2023-00001, which "
                        + "releases/a/ was published with (content/published.yaml:1:10): an index number never "
                        + "changes",
                "content/releases/c.md:4:14: error: indexNumber X1/2023-00003 is not in the publication record, "
                        + "which has releases/c/ published without one (content/published.yaml:3:10): add it to "
                        + "that entry in a reviewed change, or remove it here",
                "content/releases/d.md:4:14: error: indexNumber X1/2023-00002 is recorded for releases/b/ "
                        + "(content/published.yaml:2:10): an index number is never given to two pages"),
                messages(site.build()));
        assertEquals(before, record());
    }

    @Test
    void aMalformedRecordIsReportedWhereItIsWrong() {
        TestSite site = site().write("content/published.yaml", """
                - {path: releases/a/, published: 2023-13-01}
                - {path: /releases/b/, published: 2023-04-01}
                - {path: releases/c/, published: 2023-04-01, indexNumber: X1/2023-00001}
                - {path: releases/c/, published: 2023-04-01}
                - {path: releases/d/, published: 2023-04-01, indexNumber: X1/2023-00001}
                """).write("content/releases/a.md", release("2023-04-01", ""));
        assertEquals(List.of(
                "content/published.yaml:1:34: error: 'published' is not a valid date: '2023-13-01'; write it as "
                        + "YYYY-MM-DD or YYYY-MM-DDTHH:MM",
                "content/published.yaml:2:10: error: 'path' must be a page's site path such as "
                        + "releases/2023-05-10-progress/, not '/releases/b/'",
                "content/published.yaml:4:10: error: releases/c/ is recorded twice (first at line 3): a page has "
                        + "one entry",
                "content/published.yaml:5:59: error: 索引号 X1/2023-00001 is recorded twice (first at line 3): an "
                        + "index number is never given to two pages"),
                messages(site.build()));
    }

    @Test
    void aDateThatMovesIsAnErrorUnlessAChangeNoteExplainsIt() throws IOException {
        TestSite site = site().write("content/published.yaml", "- {path: releases/a/, published: 2023-04-01}\n")
                .write("content/releases/a.md", release("2023-04-03", ""));
        assertEquals(List.of("content/releases/a.md:3:7: error: date 2023-04-03 is not the 发布时间 releases/a/ was "
                + "published with, 2023-04-01 (content/published.yaml:1:10): restore it, or explain the new date in a "
                + "change note (changes:) that names 发布时间"), messages(site.build()));
        site.write("content/releases/a.md", release("2023-04-03", """
                changes:
                  - {date: 2023-04-03, note: 发布时间由2023-04-01更正为2023-04-03。}
                """));
        assertEquals(List.of(), messages(site.build()));
        assertEquals("- {path: releases/a/, published: 2023-04-01}\n", record());
    }

    @Test
    void bulletinsAndDatedCasesAndTasksAreRecordedAndHeldToTheirDateWithoutAnIndexNumber() throws IOException {
        TestSite site = site()
                .write("content/rounds.yaml", "- id: r2\n  name: 第二轮\n")
                .write("content/cases/c.md", """
                        ---
                        title: 典型案例
                        round: r2
                        status: 已完成整改
                        date: 2023-05-12
                        ---
                        正文。
                        """)
                .write("content/tasks/t.yaml", """
                        - id: "7"
                          round: r2
                          problem: 污水直排
                          status: 已完成
                          date: 2023-05-11
                        - id: "8"
                          round: r2
                          problem: 没有日期的任务
                          status: 已完成
                        """)
                .write("content/bulletins/b.md", """
                        ---
                        kind: 交办
                        round: r2
                        batch: 1
                        date: 2023-05-13
                        title: 交办第1批信访件
                        ---
                        正文。
                        """);
        assertEquals(List.of("content/published.yaml:1:1: note: recorded 3 pages published for the first time: "
                + "commit content/published.yaml"), messages(site.build()));
        String recorded = record();
        assertContains(recorded, "- {path: \"tasks/7/\", published: 2023-05-11}\n");
        assertContains(recorded, "- {path: \"cases/c/\", published: 2023-05-12}\n");
        assertContains(recorded, "- {path: \"bulletins/b/\", published: 2023-05-13}\n");
        assertNotContains(recorded, "tasks/8/"); // a task that gives no date has none to record

        site.write("content/cases/c.md", Files.readString(dir.resolve("content/cases/c.md")).replace("2023-05-12",
                "2023-05-20"));
        assertEquals(List.of("content/cases/c.md:5:7: error: date 2023-05-20 is not the 发布时间 cases/c/ was "
                + "published with, 2023-05-12 (content/published.yaml:5:10): restore it, or explain the new date in a "
                + "change note (changes:) that names 发布时间"), messages(site.build()));
        assertEquals(recorded, record(), "a refused build leaves the record as it was");
    }

    @Test
    void aRecordLinkedFromOutsideContentIsRefused() throws IOException {
        Path outside = Files.writeString(Files.createTempFile(dir.getParent(), "record", ".yaml"), "");
        try {
            TestSite site = site().write("content/releases/a.md", release("2023-04-01", ""));
            Files.createSymbolicLink(dir.resolve("content/published.yaml"), outside);
            BuildResult result = site.build();
            assertFalse(result.ok());
            List<String> found = messages(result);
            assertEquals(2, found.size(), found::toString);
            assertTrue(found.get(0).startsWith("content/published.yaml:1:1: error: content/published.yaml leads "
                    + "outside content/ through a symbolic link"), found.get(0));
            assertEquals("content/published.yaml:1:1: error: the publication record is a symbolic link: the build "
                    + "appends to the record only as a regular file in content/", found.get(1));
            assertEquals("", Files.readString(outside));
            assertTrue(Files.isSymbolicLink(dir.resolve("content/published.yaml")));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aSiteWithoutDisclosureSettingsOrRecordKeepsNone() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("2023-04-01", ""));
        assertEquals(List.of(), messages(site.build()));
        assertEquals(null, record());
    }

    /** CI builds a clean clone and compares: the demo's committed record must already hold every page. */
    @Test
    void theDemoRecordIsCompleteSoABuildChangesNoTrackedFile() throws IOException {
        TestSite demo = TestSite.demo(dir);
        BuildResult result = demo.build();
        assertTrue(result.ok(), () -> messages(result).toString());
        assertEquals(List.of(), messages(result).stream().filter(m -> m.contains("published.yaml")).toList());
        assertEquals(Files.readString(TestSite.PROJECT.resolve("content/published.yaml")), record());
        assertTrue(demo.read("releases/2023-05-10-jilin-second-round-progress/index.html")
                .contains("<td>DEMO00000000000000/2023-00001</td>"));
    }

    @Test
    void aBuildNeverAppendsThroughALinkEvenInsideContent() throws IOException {
        TestSite site = site().write("content/record/kept.yaml", "")
                .write("content/releases/a.md", release("2023-04-01", ""));
        Files.createSymbolicLink(dir.resolve("content/published.yaml"), Path.of("record/kept.yaml"));
        assertEquals(List.of("content/published.yaml:1:1: error: the publication record is a symbolic link: the build "
                + "appends to the record only as a regular file in content/"), messages(site.build()));
        assertEquals("", Files.readString(dir.resolve("content/record/kept.yaml")));
        assertFalse(Files.exists(site.output()));
    }
}
