package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagnostics quote file names and values from content; whatever those hold, a printed diagnostic is one line of
 * visible characters: control characters (ESC, BEL, CR, LF, DEL, C1) and invisible or direction-changing ones are
 * escaped as {@code \u001b}, wherever the diagnostic is printed.
 */
class PrintableMessagesTest {

    @TempDir
    Path dir;

    /** No character a terminal acts on or that hides itself, anywhere in what a build prints. */
    private static void assertPrintable(String printed) {
        printed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean ok = c == '\n' || type != Character.CONTROL && type != Character.FORMAT
                    && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
            assertTrue(ok, String.format("U+%04X printed raw in: %s", c, printed.replaceAll("\\p{Cntrl}", "?")));
        });
    }

    /** What {@code disclose build} prints for a result. */
    private static String printed(BuildResult r) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        for (Diagnostic d : r.diagnostics()) {
            stream.println(d);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileNameWithEscBelAndNewlineIsEscaped() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a\u001b[2J\u0007\nb.md", "---\ntitle: 标题\ndate: 2023-05-10\n---\n\n正文。\n");
        BuildResult r = site.build();
        assertFalse(r.ok());
        String out = printed(r);
        assertPrintable(out);
        assertContains(out, "content/releases/a\\u001b[2J\\u0007\\u000ab.md:2:1: error: ", out);
        assertEquals(1, out.lines().count(), "one diagnostic, one line: " + out);
    }

    @Test
    void valuesWithControlCharactersAreEscapedInMessages() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\ntags: [\"水\\e]0;pwned\\a\", "
                        + "\"x\\r\\ncontent/site.yaml:1:1: error: forged\", \"a\\u202eexe.gnp\", \"b\\x7f\\x9b\"]\n"
                        + "---\n\n正文。\n");
        BuildResult r = site.build();
        assertFalse(r.ok());
        String out = printed(r);
        assertPrintable(out);
        assertContains(out, "水\\u001b]0;pwned\\u0007", out);
        assertContains(out, "x\\u000d\\u000acontent/site.yaml:1:1: error: forged", out);
        assertContains(out, "a\\u202eexe.gnp", out);
        assertContains(out, "b\\u007f\\u009b", out);
        assertTrue(out.lines().allMatch(l -> l.startsWith("content/releases/a.md:4:")), out);
    }

    @Test
    void aComplaintCellWithControlCharactersIsEscaped() {
        TestSite site = TestSite.minimal(dir)
                .write("content/rounds.yaml", "- id: round2\n  name: 第二轮\n  stationedFrom: 2021-08-25\n"
                        + "  stationedTo: 2021-09-26\n  feedbackDate: 2021-12-12\n")
                .write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n")
                .write("content/complaints/b1.csv", "序号,受理编号,交办问题基本情况,行政区域,问题类型,调查核实情况,是否属实,"
                        + "办结目标,处理和整改情况,是否办结,责任人被处理情况\n"
                        + "1,A001,反映废气,甲市,大气,核实,\"属\u001b[31m实\",到位,已整改,已办结,无\n");
        BuildResult r = site.build();
        assertFalse(r.ok());
        String out = printed(r);
        assertPrintable(out);
        // the cell is refused for the control character itself, before its 是否属实 term is read
        assertContains(out, "content/complaints/b1.csv:2:22: error: a control character (U+001B)", out);
    }

    @Test
    void escapingComesAfterTheRedactionSoThatANumberIsStillMasked() {
        Diagnostics d = new Diagnostics();
        d.redactWith(s -> s.replace("13800138000", "138****8000"));
        d.error(SourcePos.file("content/a\u0007.md"), "value '\u000713800138000\u202e'");
        List<Diagnostic> found = d.sorted();
        assertEquals("content/a\\u0007.md:1:1: error: value '\\u0007138****8000\\u202e'", found.get(0).toString());
    }

    @Test
    void theChangedFilesThePreviewPrintsAreEscaped() {
        String line = org.disclose.serve.Serve.describe(new java.util.TreeSet<>(List.of(
                "content/releases/a\u001b]2;x\u0007.md", "content/releases/b\n.md")));
        assertPrintable(line);
        assertEquals("content/releases/a\\u001b]2;x\\u0007.md, content/releases/b\\u000a.md", line);
    }

    @Test
    void supplementaryInvisibleCharactersAreEscapedToo() {
        Diagnostic d = new Diagnostic(SourcePos.file("a"), org.disclose.diag.Severity.ERROR,
                "tag \uDB40\uDC41 and a lone \uD800 surrogate, 中文 kept");
        assertEquals("a:1:1: error: tag \\u{e0041} and a lone \\ud800 surrogate, 中文 kept", d.toString());
    }
}
