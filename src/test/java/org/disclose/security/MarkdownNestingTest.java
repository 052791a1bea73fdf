package org.disclose.security;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown nested thousands deep (block quotes, lists, emphasis, brackets, images) is an error at the place it goes
 * too deep, never a stack overflow; content nested as deep as real content does still builds.
 */
class MarkdownNestingTest {

    private static final String TOO_DEEP = "error: Markdown nested more than 100 levels deep";
    private static final int N = 5000;

    @TempDir
    Path dir;

    static List<Object[]> deepBodies() {
        StringBuilder indented = new StringBuilder();
        // indented lists grow with the square of their depth: 400 levels are far enough past the limit
        for (int i = 0; i < 400; i++) {
            indented.append("  ".repeat(i)).append("- 第").append(i).append("项\n");
        }
        StringBuilder numbered = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            numbered.append("   ".repeat(i)).append("1. 项\n");
        }
        return List.of(
                new Object[] {"block quotes", ">".repeat(N) + " 引文\n"},
                new Object[] {"block quotes with blanks", "> ".repeat(N) + "引文\n"},
                new Object[] {"bullets on one line", "- ".repeat(N) + "项\n"},
                new Object[] {"indented bullets", indented.toString()},
                new Object[] {"indented numbered items", numbered.toString()},
                new Object[] {"quotes and lists", "> - ".repeat(N) + "项\n"},
                new Object[] {"tab-indented quotes", ">\t".repeat(N) + "项\n"},
                new Object[] {"emphasis runs", "*".repeat(N) + "强调" + "*".repeat(N) + "\n"},
                new Object[] {"underscore runs", "_".repeat(N) + "强调" + "_".repeat(N) + "\n"},
                new Object[] {"emphasis with words", "*甲 ".repeat(N) + "乙" + " 丙*".repeat(N) + "\n"},
                new Object[] {"emphasis between Chinese characters", "（**甲".repeat(N) + "改" + "乙**）".repeat(N) + "\n"},
                new Object[] {"emphasis over lines", "*甲\n".repeat(N) + "乙" + "\n丙*".repeat(N) + "\n"},
                new Object[] {"nested images", "![".repeat(N) + "图" + "](a.png)".repeat(N) + "\n"},
                new Object[] {"nested links and images", "[![".repeat(N) + "图" + "](a.png)](b/)".repeat(N) + "\n"},
                new Object[] {"open brackets", "[".repeat(N) + "文\n"},
                new Object[] {"emphasis inside links", "[*".repeat(N) + "文" + "*](x/)".repeat(N) + "\n"},
                new Object[] {"quotes then emphasis", ">".repeat(60) + " " + "*甲 ".repeat(60) + "乙\n"},
                new Object[] {"table cell", "| a |\n|---|\n| " + "*甲 ".repeat(N) + "乙" + " 丙*".repeat(N) + " |\n"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepBodies")
    void deepNestingIsALocatedErrorInEveryKindOfBody(String name, String body) {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n正文。\n\n" + body)
                .write("content/pages/about.md", "---\ntitle: 关于\n---\n\n" + body)
                .write("content/rounds.yaml", "- id: round2\n  name: 第二轮\n  stationedFrom: 2021-08-25\n"
                        + "  stationedTo: 2021-09-26\n  feedbackDate: 2021-12-12\n")
                .write("content/cases/c.md", "---\ntitle: 案例\nround: round2\nstatus: 持续推进\n---\n" + body);
        BuildResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build(), name);
        List<String> errors = r.diagnostics().stream().map(Diagnostic::toString).toList();
        assertFalse(r.ok(), name);
        for (String file : List.of("content/releases/a.md:", "content/pages/about.md:", "content/cases/c.md:")) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(file) && e.contains(TOO_DEEP)),
                    name + ": expected an error in " + file + " but got " + errors);
        }
        assertEquals(3, errors.size(), name + ": " + errors);
    }

    @Test
    void theErrorPointsAtWhereTheLimitIsPassed() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n"
                        + ">".repeat(101) + " 引文\n");
        List<String> found = site.build().diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of("content/releases/a.md:6:101: " + TOO_DEEP + " (block quotes, lists, emphasis, links "
                + "or images inside one another): no page needs that; flatten it"), found);
    }

    @Test
    void rawHtmlNestedDeepIsAnErrorToo() {
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\nallowHtml: true\n")
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n"
                        + "<div>".repeat(N) + "文" + "</div>".repeat(N) + "\n");
        BuildResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.build());
        assertFalse(r.ok());
        assertTrue(r.diagnostics().stream().map(Diagnostic::toString)
                .anyMatch(e -> e.startsWith("content/releases/a.md:5:1: error:") && e.contains("nests more than")),
                r.diagnostics()::toString);
    }

    @Test
    void contentAsDeepAsRealContentBuilds() {
        StringBuilder body = new StringBuilder("正文。\n\n");
        for (int i = 0; i < 20; i++) {
            body.append("  ".repeat(i)).append("- 第").append(i + 1).append("层\n");
        }
        body.append("\n").append("> ".repeat(10)).append("十层引文\n\n");
        body.append("| 序号 | 内容 |\n|---|---|\n");
        for (int i = 0; i < 150; i++) {
            body.append("| ").append(i).append(" | 整改**已完成**的任务，*按期*推进 |\n");
        }
        body.append("\n");
        for (int i = 0; i < 150; i++) {
            body.append("一是**加强监管**，二是_落实责任_，三是[相关链接](#h-附表)；");
        }
        body.append("\n\n填写：______ 电话：______ 地址：________________ ").append("* ".repeat(150)).append("\n\n");
        body.append("```\n").append("[".repeat(500)).append("*".repeat(500)).append("\n```\n\n## 附表\n");
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n" + body);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), r.diagnostics());
        String html = site.read("releases/a/index.html");
        assertContains(html, "<strong>已完成</strong>");
        assertContains(html, "<blockquote>\n".repeat(10));
    }
}
