package org.disclose.content;

import org.disclose.text.Fields;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import org.disclose.text.SourceText;
import static org.disclose.content.FuzzHarness.files;
import static org.disclose.content.FuzzInputs.demo;
import static org.disclose.content.FuzzInputs.firstLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.Severity;
import org.disclose.diag.SourcePos;
import org.disclose.markdown.Markdown;
import org.disclose.model.ComplaintBatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bugs the reader fuzzer ({@link ReaderFuzzTest}) found, each kept as a fixed, minimal input. The ones still open are
 * disabled with the bug described; enable a test when its bug is fixed.
 */
class FuzzRegressionTest {

    @TempDir
    Path dir;
    private final Markdown markdown = new Markdown(false, "表格");

    /**
     * A mapping that merges itself never finishes parsing: SnakeYAML's merge-on-compose
     * ({@code LoaderOptions.setMergeOnCompose(true)}, in {@code MergeUtils.flatten}) loops, outside the alias and
     * node budgets of {@link YamlParser}. One 11-byte line in any YAML file or front matter stops {@code disclose
     * build} for good.
     */
    @Test
    void selfMergeIsAnErrorNotAHang() {
        for (String text : List.of("&a {<<: *a}", "a: &a\n  <<: *a\n", "- &a\n  <<: [*a]\n")) {
            Diagnostics d = new Diagnostics();
            Optional<YNode> node = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> YamlParser.parse(text, "content/rounds.yaml", 0, d), text);
            assertTrue(node.isEmpty() && d.hasErrors(), () -> text + ": " + d.sorted());
        }
    }

    /** The files that errors were reported in. */
    private static List<String> errorFiles(Diagnostics d) {
        return d.sorted().stream().filter(x -> x.severity() == Severity.ERROR).map(x -> x.pos().path()).distinct()
                .toList();
    }

    /** The same through a whole build, as an author meets it: the build must end with an error. */
    @Test
    void buildWithSelfMergeEnds() {
        TestSite site = TestSite.minimal(dir).write("content/rounds.yaml", "- &a {<<: *a}\n");
        BuildResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> site.build());
        assertTrue(r.errors() > 0, r.diagnostics()::toString);
    }

    /**
     * An empty complaint sidecar (or one with only comments) parses to no document; ComplaintReader then returns
     * nothing without a word, so the whole batch silently disappears from the site.
     */
    @Test
    void emptyComplaintSidecarIsAnError() throws IOException {
        Path csv = dir.resolve("content/complaints/batch-01.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, firstLines(demo("complaints/batch-01.csv"), 3));
        for (String sidecar : List.of("", "# 批次信息待补充\n", "---\n")) {
            Files.writeString(dir.resolve("content/complaints/batch-01.yaml"), sidecar);
            Diagnostics d = new Diagnostics();
            Optional<ComplaintBatch> batch = ComplaintReader.read(files(dir), csv, d);
            // not "a batch, or an error": a batch read from an empty sidecar would have no number, round or date
            assertTrue(batch.isEmpty(), () -> "'" + sidecar + "': a batch from nothing");
            assertEquals(List.of("content/complaints/batch-01.yaml"), errorFiles(d), () -> "'" + sidecar + "': "
                    + d.sorted());
        }
    }

    /** {@code series: []} is taken as "present", so no error is reported, and the indicator is left out unreported. */
    @Test
    void indicatorWithEmptySeriesIsReported() throws IOException {
        Path file = dir.resolve("content/indicators/x.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "- id: pm25\n  name: PM2.5\n  category: 大气\n  direction: lower\n  series: []\n");
        Diagnostics d = new Diagnostics();
        int read = IndicatorReader.read(files(dir), file, d).size();
        assertEquals(0, read, "an indicator with no values is not published");
        assertEquals(List.of("content/indicators/x.yaml"), errorFiles(d), () -> "dropped silently: " + d.sorted());
    }

    /**
     * A case's image path is resolved as a file path before it is checked, and a path with a NUL (written as the
     * YAML escape {@code "\\0"}) makes {@code Path.resolve} throw InvalidPathException, out of CaseReader and out of
     * Build.run: {@code disclose build} prints a Java stack trace. (On Windows, where many offices work, any of
     * {@code : * ? " < > |} in the path does the same.)
     */
    @Test
    void caseImagePathWithNulIsAnError() throws IOException {
        Path file = dir.resolve("content/cases/a.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: 案例\nround: round2\nstatus: 已完成整改\nimages:\n  - path: \"\\0\"\n"
                + "    alt: 现场\n---\n正文\n");
        Diagnostics d = new Diagnostics();
        new CaseReader(files(dir), markdown).read(file, "content/cases/a.md", d);
        // the YAML escape's control character, and the image path it spoils: both at the value
        assertEquals(List.of("content/cases/a.md:6:11"), d.sorted().stream().map(x -> x.pos().toString()).distinct()
                .toList());
    }

    /**
     * site.yaml's {@code language} names the theme's strings file ({@code i18n/<language>.yaml}) unchecked: a NUL in
     * it makes Theme.load throw InvalidPathException out of Build.run. (It also lets {@code ../} reach a .yaml file
     * outside the theme, whose values would then be published as the site's words.)
     */
    @Test
    void siteLanguageWithNulIsAnError() {
        TestSite site = TestSite.minimal(dir);
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\nlanguage: \"zh\\0\"\n");
        BuildResult r = site.build();
        assertTrue(r.errors() > 0, r.diagnostics()::toString);
        assertEquals(List.of("content/site.yaml:3"), r.diagnostics().stream().filter(x -> x.severity() == Severity.ERROR)
                .map(x -> x.pos().path() + ":" + x.pos().line()).distinct().toList(), r.diagnostics()::toString);
    }

    /**
     * Fields.decimal takes any exponent BigDecimal can hold, so a number written 1e999999999 (11 characters) is read;
     * later stages then write it out in full or divide by it: OpenData's toPlainString runs out of memory (indicator
     * values and targets, case figures), ClosureRateCheck's divide throws ArithmeticException. {@code disclose build}
     * ends with a Java stack trace instead of an error at the number. Run as a separate {@code disclose build} with a
     * small heap, so that the OutOfMemoryError cannot take the test JVM down with it.
     */
    @Test
    @Tag("slow")
    void numbersWithHugeExponentsAreAnError() throws Exception {
        String indicator = "- id: pm25\n  name: PM2.5\n  category: 大气\n  direction: lower\n  series:\n"
                + "    - period: 2021年\n      value: %s\n";
        String round = "- id: round2\n  name: 第二轮\n  reports:\n    - asOf: 2023-05-10\n"
                + "      complaintsAssigned: 4704\n      complaintsClosed: 4593\n      closureRate: %s\n";
        List<String[]> cases = List.of(
                new String[] {"content/indicators/x.yaml", indicator.formatted("1e999999999"), "7:14"},
                new String[] {"content/indicators/x.yaml", indicator.formatted("1E-999999999"), "7:14"},
                new String[] {"content/rounds.yaml", round.formatted("1E-999999999"), "7:20"});
        for (String[] c : cases) {
            Path root = dir.resolve("s" + cases.indexOf(c));
            TestSite.minimal(root).write("content/rounds.yaml", "- id: round2\n  name: 第二轮\n").write(c[0], c[1]);
            Path log = dir.resolve("s" + cases.indexOf(c) + ".log");
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    "org.disclose.cli.Main", "build", "--quiet", "--root", root.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!build.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                build.destroyForcibly();
                fail(c[1] + ": disclose build did not end");
            }
            String output = Files.readString(log);
            assertEquals(1, build.exitValue(), output);
            assertTrue(output.startsWith(c[0] + ":" + c[2] + ": error: "), () -> c[1] + ":\n" + output);
        }
    }

    /**
     * SnakeYAML follows YAML 1.1, where U+2028, U+2029 and U+0085 break lines; for Disclose (SourceText, Markdown,
     * the CSV reader, PersonalDataGuard) and for Notepad they are characters in a line. Text pasted from a PDF or a
     * web page brings them in, invisibly: a title with one is then rejected as invalid YAML, and every YAML position
     * after it is a line too far (here past the end of a one-line file).
     */
    @Test
    void yamlCountsOnlyTheLineBreaksDiscloseCounts() {
        Diagnostics d = new Diagnostics();
        YamlParser.parse("title: 第二轮\u2028督察\n", "content/releases/a.md", 0, d);
        for (Diagnostic x : d.sorted()) {
            assertEquals(1, x.pos().line(), x::toString);
        }
        Optional<YNode> node = YamlParser.parse("\u2028u", "content/rounds.yaml", 0, new Diagnostics());
        assertEquals(new SourcePos("content/rounds.yaml", 1, 2), node.orElseThrow().pos());
    }

    /** When such a separator breaks the YAML, the message says where it is and what to do about it. */
    @Test
    void anInvisibleLineSeparatorIsNamedInTheYamlError() {
        Diagnostics d = new Diagnostics();
        YamlParser.parse("date: 2023-05-10\ntitle: 第二轮\u2028督察\n", "content/releases/a.md", 1, d);
        List<Diagnostic> found = d.sorted();
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().endsWith("; line 3, column 11 holds an invisible line separator (U+2028) "
                + "that YAML reads as a line break: delete it, or put the value in quotes"), found::toString);
    }

    /**
     * SourceText turns a lone CR (old Mac line ends) into a line break, and YAML errors count it as one, but the
     * position of an invalid UTF-8 byte counts it as a character of the line.
     */
    @Test
    void invalidUtf8AfterALoneCarriageReturnIsOnTheNextLine() {
        Diagnostics d = new Diagnostics();
        SourceText.decode(new byte[] {'a', '\r', (byte) 0xFF}, "content/rounds.yaml", d);
        assertEquals(new SourcePos("content/rounds.yaml", 2, 1), d.sorted().get(0).pos());
    }

    /**
     * An empty site.yaml (or one with only comments) makes SiteConfigReader return nothing without an error; Build then
     * returns a result with no errors, 0 pages and 0 files, and {@code disclose build} prints "Built 0 pages" and
     * exits 0 without writing anything.
     */
    @Test
    void emptySiteSettingsAreAnError() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", "# 站点设置\n");
        BuildResult r = site.build();
        assertTrue(r.errors() > 0, () -> "pages " + r.pages() + ", diagnostics " + r.diagnostics());
        assertEquals(List.of("content/site.yaml"), r.diagnostics().stream().filter(x -> x.severity() == Severity.ERROR)
                .map(x -> x.pos().path()).distinct().toList(), r.diagnostics()::toString);
    }
}
