package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text field has a length limit that fits its use, site-wide fields (shown on every page) a stricter one, and
 * lists a limit on their items: a huge value is a located error naming the limit and the length, found at once,
 * instead of a site of gigabytes or a build that never ends.
 */
class FieldLimitsTest {

    private static final String SITE = """
            title: %s
            baseUrl: https://test.example.gov.cn/
            organiser: 测试主办单位
            """;

    @TempDir
    Path dir;

    private static List<String> errors(BuildResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::toString)
                .toList();
    }

    private static String release(String frontMatter, String body) {
        return "---\ntitle: 标题\ndate: 2023-05-10\n" + frontMatter + "---\n\n" + body + "\n";
    }

    @Test
    @Tag("slow")
    void aHugeSiteTitleIsRefusedAtOnceWithItsLengthAndLimit() {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("", "正文。"));
        site.write("content/site.yaml", SITE.formatted("题".repeat(50_000)));
        assertEquals(List.of("content/site.yaml:1:8: error: 'title' of site.yaml has 50,000 characters, more than the "
                + "100 it may have, since it is shown on every page: shorten it"), errors(site.build()));
        // on one line, a value this long would take SnakeYAML hours: refused before it is parsed
        for (int size : new int[] {256 * 1024, 16 * 1024 * 1024}) {
            site.write("content/site.yaml", SITE.formatted("题".repeat(size)));
            BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> site.build());
            assertEquals(List.of(String.format("content/site.yaml:1:1: error: this line has %,d characters, more than "
                    + "the 100,000 a line of YAML may have: shorten the value on it (each field's limit is in "
                    + "docs/content.md, section 14.4)", size + 7)), errors(result));
        }
        // folded over many lines, it is read quickly and refused by the field's limit
        String folded = ("  " + "题".repeat(1_000) + "\n").repeat(16 * 1024);
        site.write("content/site.yaml", "baseUrl: https://test.example.gov.cn/\ntitle: >-\n" + folded);
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> site.build());
        assertEquals(List.of(String.format("content/site.yaml:2:8: error: 'title' of site.yaml has %,d characters, "
                + "more than the 100 it may have, since it is shown on every page: shorten it", 16 * 1024 * 1001 - 1)),
                errors(result));
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void limitsCountCharactersAndAllowExactlyTheLimit() {
        // 100 characters, one of them outside the BMP (two UTF-16 units): allowed
        String hundred = "𠀀" + "题".repeat(99);
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", SITE.formatted(hundred))
                .write("content/releases/a.md", release("summary: " + "概".repeat(2_000) + "\n", "正文。"));
        BuildResult ok = site.build();
        assertTrue(ok.ok(), ok.diagnostics().toString());
        assertContains(site.read("index.html"), hundred);

        site.write("content/releases/a.md", release("summary: " + "概".repeat(2_001) + "\n", "正文。"));
        assertEquals(List.of("content/releases/a.md:4:10: error: 'summary' of the release has 2,001 characters, more "
                + "than the 2,000 it may have: shorten it"), errors(site.build()));
        site.write("content/site.yaml", SITE.formatted(hundred + "题"));
        assertEquals(List.of("content/site.yaml:1:8: error: 'title' of site.yaml has 101 characters, more than the "
                + "100 it may have, since it is shown on every page: shorten it"), errors(site.build()));
    }

    @Test
    void everyKindOfFieldHasItsLimit() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                organiser: %s
                contact:
                  address: %s
                navigation:
                  - title: %s
                    url: /releases/
                """.formatted("主".repeat(101), "址".repeat(201), "导".repeat(101)))
                .write("content/releases/a.md", release("tags: [" + "签".repeat(101) + "]\n", "正文。"))
                .write("content/rounds.yaml", """
                        - id: round2
                          name: %s
                          stationedFrom: 2021-08-25
                          stationedTo: 2021-09-26
                          feedbackDate: 2021-12-12
                        """.formatted("轮".repeat(201)))
                .write("content/tasks/t.yaml", """
                        - id: "1"
                          round: round2
                          problem: %s
                          status: 已完成
                        """.formatted("问".repeat(20_001)));
        List<String> errors = new java.util.ArrayList<>(errors(site.build()));
        site.write("content/site.yaml", SITE.formatted("测试站点"));
        errors.addAll(errors(site.build()));
        for (String expected : List.of(
                "content/site.yaml:3:12: error: 'organiser' of site.yaml has 101 characters, more than the 100",
                "content/site.yaml:5:12: error: 'address' of contact has 201 characters, more than the 200",
                "content/site.yaml:7:12: error: 'title' of a link has 101 characters, more than the 100",
                "content/releases/a.md:4:8: error: 'tags' of the release has 101 characters, more than the 100",
                "content/rounds.yaml:2:9: error: 'name' of",
                "content/tasks/t.yaml:3:12: error: 'problem' of the task has 20,001 characters, more than the "
                        + "20,000 it may have: shorten it")) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), expected + " in " + errors);
        }
    }

    @Test
    void listsThatMakePagesOrRepeatOnEveryPageHaveALimitOfItems() {
        StringBuilder tags = new StringBuilder("tags:\n");
        for (int i = 0; i < 100_000; i++) {
            tags.append("  - t").append(i).append('\n');
        }
        StringBuilder nav = new StringBuilder("navigation:\n");
        for (int i = 0; i < 21; i++) {
            nav.append("  - {title: 链接").append(i).append(", url: /releases/}\n");
        }
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", SITE.formatted("测试站点") + nav)
                .write("content/releases/a.md", release(tags.toString(), "正文。"));
        assertEquals(List.of("content/site.yaml:5:3: error: 'navigation' of site.yaml has 21 items, more than the 20 "
                + "it may have, since it is shown on every page: shorten the list"), errors(site.build()));
        site.write("content/site.yaml", SITE.formatted("测试站点"));
        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> errors(site.build()));
        assertEquals(List.of("content/releases/a.md:5:3: error: 'tags' of the release has 100,000 items, more than "
                + "the 20 it may have: shorten the list"), errors);
    }

    @Test
    void aCaseImageHasASizeLimit() throws Exception {
        TestSite site = TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: round2
                  name: 第二轮中央生态环境保护督察
                  stationedFrom: 2021-08-25
                  stationedTo: 2021-09-26
                  feedbackDate: 2021-12-12
                """).write("content/cases/a.md", """
                ---
                title: 案例
                round: round2
                status: 持续推进
                images:
                  - path: big.jpg
                    alt: 照片
                ---

                正文。
                """);
        try (var file = new java.io.RandomAccessFile(site.root().resolve("content/cases/big.jpg").toFile(), "rw")) {
            file.setLength((20L << 20) + 1); // sparse: no 20 MiB written
        }
        assertEquals(List.of("content/cases/a.md:6:11: error: image 'big.jpg' has 20,971,521 bytes, more than the 20 "
                + "MiB an image may have: save it smaller (a photograph for the web needs well under 5 MiB)"),
                errors(site.build()));
    }

    @Test
    void aThemesStringsHaveALimitToo() throws Exception {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("", "正文。"));
        Path strings = site.root().resolve("themes/default/i18n/zh-CN.yaml");
        long lines = Files.readAllLines(strings).size();
        Files.writeString(strings, Files.readString(strings) + "\nextra: >-\n" + ("  " + "字".repeat(1_000) + "\n")
                .repeat(3));
        assertEquals(List.of(String.format("themes/default/i18n/zh-CN.yaml:%d:8: error: string 'extra' has 3,002 "
                + "characters, more than the 2,000 a theme's string may have: shorten it", lines + 2)),
                errors(site.build()));
    }

    @Test
    void aHugeBodyOrUnknownKeyIsRefusedOrShortenedInTheMessage() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\n---\n"
                        + "正".repeat(1_000_001))
                .write("content/releases/b.md", "---\ntitle: 标题\ndate: 2023-05-10\n---\n" + "正".repeat(1_000_000))
                .write("content/pages/p.md", "---\ntitle: 页\n" + "k".repeat(1_000) + ": v\n---\n\n正文。\n");
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());
        assertEquals(List.of("content/releases/a.md:5:1: error: the body has 1,000,001 characters, more than the "
                + "1,000,000 a page may have: split it into several releases or pages"), errors(result));
        String unknown = result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
                .map(Diagnostic::toString).filter(d -> d.startsWith("content/pages/p.md:3:1")).findFirst()
                .orElseThrow();
        assertTrue(unknown.length() < 400, unknown);
        assertContains(unknown, "'" + "k".repeat(100) + "…'");
    }
}
