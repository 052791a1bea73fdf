package org.disclose.security;

import static org.disclose.security.Sites.messages;
import static org.disclose.security.Sites.yamlQuoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raw control character never reaches the site: written into a text file, produced by a YAML escape, or held in a
 * complaint table's cell, it is an error at its place, and nothing is published.
 */
class ControlCharactersTest {

    /** C0 controls but tab and line feed, DEL, and C1 controls (NEL and CSI among them). */
    private static final List<Character> CONTROLS = List.of('\u0000', '\u0001', '\u0007', '\u0008', '\u000B',
            '\u000C', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009B', '\u009F');

    @TempDir
    Path dir;

    private static String release(String title, String body) {
        return "---\ntitle: " + title + "\ndate: 2023-05-10\n---\n\n" + body + "\n";
    }

    private static void assertRefusedAt(BuildResult r, String where) {
        List<String> m = messages(r);
        assertTrue(m.stream().anyMatch(l -> l.startsWith(where) && l.contains(": error: a control character (U+")),
                () -> where + " in " + m);
        assertFalse(r.ok(), m::toString);
    }

    @Test
    void aControlCharacterInTheTextOfAFileIsAnErrorAtItsPlace() {
        for (char c : CONTROLS) {
            Path root = dir.resolve("raw" + (int) c);
            TestSite site = TestSite.minimal(root).write("content/releases/a.md",
                    release("整改进展", "第一段。\n\n正文" + c + "正文"));
            BuildResult r = site.build();
            assertRefusedAt(r, "content/releases/a.md:8:3: ");
            assertFalse(Files.exists(site.output()), "nothing is published");
        }
    }

    @Test
    void aControlCharacterInFrontMatterSettingsAndThemeStringsIsAnError() {
        Path root = dir.resolve("places");
        TestSite site = TestSite.minimal(root)
                .write("content/releases/a.md", release("整改\u001b[31m进展", "正文"))
                .write("content/pages/about.md", "---\ntitle: 关于\n---\n\n关于\u0007本站\n")
                .write("content/tasks/t.yaml", "- id: t1\n  problem: 问题\u0085描述\n");
        BuildResult r = site.build();
        assertRefusedAt(r, "content/releases/a.md:2:10: ");
        assertRefusedAt(r, "content/pages/about.md:5:3: ");
        assertRefusedAt(r, "content/tasks/t.yaml:2:14: ");

        Path theme = dir.resolve("theme");
        TestSite themed = TestSite.minimal(theme);
        Path strings = theme.resolve("themes/default/i18n/zh-CN.yaml");
        try {
            Files.writeString(strings, Files.readString(strings) + "extra: 多余\u009b的文字\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(messages(themed.build()).stream().anyMatch(l -> l.contains("zh-CN.yaml:")
                && l.contains("a control character (U+009B)")), () -> messages(themed.build()).toString());
    }

    @Test
    void aYamlEscapeThatMakesAControlCharacterIsAnError() {
        List<String> escapes = new ArrayList<>(List.of("\"整改\\a进展\"", "\"整改\\e进展\"", "\"整改\\x1b[2J\"",
                "\"整改\\u0085进展\"", "\"整改\\N进展\"", "\"整改\\0\"", "\"整改\\v进展\"", "\"整改\\f进展\"",
                "\"整改\\b进展\""));
        CONTROLS.forEach(c -> escapes.add(yamlQuoted("整改" + c + "进展")));
        for (String title : escapes) {
            Path root = dir.resolve("esc" + escapes.indexOf(title));
            TestSite site = TestSite.minimal(root).write("content/releases/a.md", release(title, "正文"));
            assertRefusedAt(site.build(), "content/releases/a.md:2:8: ");
        }
        Path root = dir.resolve("settings");
        TestSite site = TestSite.minimal(root).write("content/site.yaml", "title: 测试站点\n"
                + "baseUrl: https://test.example.gov.cn/\ndescription: \"说明\\x07文字\"\n");
        assertRefusedAt(site.build(), "content/site.yaml:3:14: ");
    }

    @Test
    void aControlCharacterInAComplaintCellIsAnErrorAtTheCell() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            Path root = dir.resolve("csv-" + charset.name());
            TestSite site = TestSite.minimal(root)
                    .write("content/rounds.yaml", Sites.ROUND)
                    .write("content/complaints/b1.yaml", "round: round2\nbatch: 1\nassigned: 2021-08-30\n");
            Path csv = root.resolve("content/complaints/b1.csv");
            Files.write(csv, ("受理编号,交办问题基本情况,行政区域,污染类型,调查核实情况,是否属实,处理和整改情况,办结情况\n"
                    + "X1,群众反映\u001b]0;标题\u0007噪声,长春市,噪声,属实,属实,已整改,已办结\n").getBytes(charset));
            BuildResult r = site.build();
            assertRefusedAt(r, "content/complaints/b1.csv:2:");
        }
    }

    @Test
    void tabsAndLineBreaksStayAllowedAndNoPageCarriesAControlCharacter() throws Exception {
        TestSite site = TestSite.minimal(dir.resolve("ok")).write("content/releases/a.md",
                release("整改进展", "正文\t制表符。\r\n\r\n第二段\r\n第三行。"));
        BuildResult r = site.build();
        assertTrue(r.ok(), messages(r)::toString);
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".gz")).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                long controls = text.chars().filter(ch -> ch < ' ' && ch != '\t' && ch != '\n' && ch != '\r'
                        || ch == 0x7f).count();
                assertEquals(0, controls, f::toString);
            }
        }
    }
}
