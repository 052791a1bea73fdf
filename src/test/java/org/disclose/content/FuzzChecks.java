package org.disclose.content;

import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildResult;
import org.disclose.content.FuzzHarness.Subject;
import org.disclose.content.table.Table;
import org.disclose.content.table.TableReader;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.Severity;
import org.disclose.model.ComplaintBatch;

/**
 * The properties the reader fuzzer ({@link ReaderFuzzTest}) checks, each a function from one input to what is wrong
 * with it, or null when the properties hold; and the known bugs (kept in {@link FuzzRegressionTest}) whose inputs
 * are skipped, so that the fuzzer keeps looking for new ones.
 */
final class FuzzChecks {

    /** Line breaks to YAML 1.1 (and SnakeYAML) but not to Disclose, Notepad or most editors. */
    private static final Pattern YAML_LINE_BREAKS = Pattern.compile("[\u0085\u2028\u2029]");
    private static final Pattern LONE_CR = Pattern.compile("\r(?!\n)");
    /** A number whose exponent has seven or more digits (1e999999999). */
    private static final Pattern HUGE_EXPONENT = Pattern.compile("[0-9.][eE][+-]?[0-9,]{7,}");
    /** A NUL written as a YAML escape in a double-quoted value. */
    private static final Pattern NUL_ESCAPE = Pattern.compile("\\\\(0|x00|u0000|U00000000)");
    /**
     * The fuzzer's own classes, whose frames a reported trace leaves out, as it left out those of ReaderFuzzTest when
     * all of the fuzzer was in it (their nested and anonymous classes, such as the subjects, are still shown).
     */
    private static final Set<String> FUZZER = Set.of(FuzzInputs.class.getName(), FuzzHarness.class.getName(),
            FuzzChecks.class.getName());

    private FuzzChecks() {
    }

    /** What is wrong with reading this input, or null when the properties hold. */
    static String readerProblem(Subject subject, ContentFiles files, Path file, byte[] input) {
        if (subject.knownBug(lenient(input))) {
            return null;
        }
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics d = new Diagnostics();
        boolean incomplete;
        try {
            incomplete = subject.readIncomplete(files, file, d);
        } catch (Throwable t) {
            return threw(t);
        }
        String located = located(d, Set.of(subject.shown), incomplete, "a result");
        return located != null ? located : inside(d, input);
    }

    /**
     * Every diagnostic points at a place in the file as Disclose counts lines (LF, CRLF or CR) and columns (characters):
     * a line the file has, at most one column past that line's end.
     */
    private static String inside(Diagnostics d, byte[] input) {
        String text = lenient(input);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (YAML_LINE_BREAKS.matcher(text).find()) {
            return null; // known bug, see yamlCountsOnlyTheLineBreaksDiscloseCounts
        }
        boolean loneCr = LONE_CR.matcher(text).find();
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        for (Diagnostic x : d.sorted()) {
            if (loneCr && x.message().startsWith("invalid UTF-8")) {
                continue; // known bug, see invalidUtf8AfterALoneCarriageReturnIsOnTheNextLine
            }
            if (x.pos().line() > lines.size()) {
                return "line " + x.pos().line() + " is past the end of the file (" + lines.size() + " lines): " + x;
            }
            String line = lines.get(x.pos().line() - 1);
            if (x.pos().col() > line.codePointCount(0, line.length()) + 1) {
                return "column " + x.pos().col() + " is past the end of line " + x.pos().line() + " ("
                        + line.codePointCount(0, line.length()) + " characters): " + x;
            }
        }
        return null;
    }

    /** Checks the diagnostics' positions and messages, and that an incomplete result was explained by an error. */
    private static String located(Diagnostics d, Set<String> paths, boolean incomplete, String what) {
        List<Diagnostic> all = d.sorted();
        for (Diagnostic x : all) {
            if (x.pos() == null || !paths.contains(x.pos().path())) {
                return "diagnostic about another file: " + x;
            }
            if (x.pos().line() < 1 || x.pos().col() < 1) {
                return "line or column below 1: " + x;
            }
            if (x.message() == null || x.message().isBlank()) {
                return "diagnostic without a message: " + x;
            }
            if (leaksException(x.message())) {
                return "a Java exception leaks into the message: " + x;
            }
        }
        if (incomplete && all.stream().noneMatch(x -> x.severity() == Severity.ERROR)) {
            return "the reader left out " + what + " without reporting an error; diagnostics: " + all;
        }
        return null;
    }

    private static boolean leaksException(String message) {
        return message.contains("java.lang.") || message.contains("Exception") || message.contains("\tat ");
    }

    /** The exception, its first frames and the first frames of Disclose's own code in its trace. */
    private static String threw(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        StringBuilder s = new StringBuilder("threw ").append(t);
        int ours = 0;
        for (int i = 0; i < trace.length && ours < 3; i++) {
            boolean disclose = trace[i].getClassName().startsWith("org.disclose.");
            if (i < 3 || disclose && !fuzzer(trace[i].getClassName())) {
                s.append("\n        at ").append(trace[i]);
                ours += disclose ? 1 : 0;
            }
        }
        return s.toString();
    }

    private static boolean fuzzer(String className) {
        return className.endsWith("FuzzTest") || FUZZER.contains(className);
    }

    private static String lenient(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String complaintProblem(ContentFiles files, Path csvFile, Path victim, byte[] input) {
        if (selfMerge(lenient(input))
                || victim.getFileName().toString().endsWith(".yaml") && emptyDocument(lenient(input))) {
            return null; // known bugs, see selfMergeIsAnErrorNotAHang and emptyComplaintSidecarIsAnError
        }
        try {
            Files.write(victim, input);
            Diagnostics d = new Diagnostics();
            Optional<ComplaintBatch> batch;
            try {
                batch = ComplaintReader.read(files, csvFile, d);
            } catch (Throwable t) {
                return threw(t);
            }
            Diagnostics scratch = new Diagnostics();
            Optional<Table> table = TableReader.read(csvFile, "content/complaints/batch-01.csv", scratch);
            boolean incomplete = batch.isEmpty()
                    || table.isEmpty()
                    || batch.get().cases().size() < table.get().rows().size();
            return located(d, Set.of("content/complaints/batch-01.csv", "content/complaints/batch-01.yaml"),
                    incomplete, "the batch or some of its cases");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A task ledger and its sidecar, one of them {@code input}: no throw, every row a task or an error, all located. */
    static String ledgerProblem(ContentFiles files, Path csvFile, Path victim, byte[] input) {
        if (selfMerge(lenient(input))) {
            return null; // a known bug of the YAML layer, see selfMergeIsAnErrorNotAHang
        }
        try {
            Files.write(victim, input);
            Diagnostics d = new Diagnostics();
            List<org.disclose.model.Task> tasks;
            try {
                tasks = TaskLedgerReader.read(files, csvFile, d);
            } catch (Throwable t) {
                return threw(t);
            }
            Optional<Table> table = TableReader.read(csvFile, "content/tasks/ledger.csv", new Diagnostics());
            boolean incomplete = table.isEmpty() || tasks.size() < table.get().rows().size();
            return located(d, Set.of("content/tasks/ledger.csv", "content/tasks/ledger.yaml"), incomplete,
                    "the ledger or some of its tasks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String yamlProblem(String text, int offset) {
        if (selfMerge(text)) {
            return null;
        }
        Diagnostics d = new Diagnostics();
        try {
            YamlParser.parse(text, "x.yaml", offset, d);
        } catch (Throwable t) {
            return threw(t);
        }
        // an empty document (only comments or markers) is legitimately nothing; positions must still be sound
        return located(d, Set.of("x.yaml"), false, "");
    }

    static String frontMatterProblem(String text) {
        if (selfMerge(text)) {
            return null;
        }
        Diagnostics d = new Diagnostics();
        Optional<FrontMatter> fm;
        try {
            fm = FrontMatter.split(text, "a.md", d);
        } catch (Throwable t) {
            return threw(t);
        }
        if (fm.isPresent() && fm.get().bodyLine() < 1) {
            return "body line " + fm.get().bodyLine() + " < 1";
        }
        return located(d, Set.of("a.md"), fm.isEmpty(), "the front matter");
    }

    /** What the builds so far left: the published site as the last successful build wrote it, and counts. */
    static final class Builds {
        Map<String, String> site = Map.of();
        int ok;
        int failed;
    }

    /** @param builds the state to compare with and update, or null when shrinking (only crashes count then) */
    static String buildProblem(BuildOptions options, Path file, byte[] input, Builds builds) {
        String text = lenient(input);
        if (selfMerge(text) || nulEscape(text) || HUGE_EXPONENT.matcher(text).find()) {
            return null; // known bugs: see selfMergeIsAnErrorNotAHang, caseImagePathWithNulIsAnError,
                         // siteLanguageWithNulIsAnError, numbersWithHugeExponentsAreAnError
        }
        try {
            Files.write(file, input);
            BuildResult result;
            try {
                result = Build.run(options);
            } catch (Throwable t) {
                return threw(t);
            }
            if (result == null) {
                return "Build.run returned null";
            }
            if (builds != null) {
                Map<String, String> site = Files.isDirectory(options.output()) ? TestSite.digest(options.output())
                        : Map.of();
                if (result.ok()) {
                    builds.ok++;
                } else {
                    builds.failed++;
                }
                if (result.ok() && options.write()) {
                    builds.site = site;
                } else if (!site.equals(builds.site)) {
                    return (result.ok() ? "disclose check" : "a failed build") + " changed the published site; "
                            + "diagnostics: " + result.diagnostics();
                }
            }
            for (Diagnostic x : result.diagnostics()) {
                if (x.pos() == null || x.pos().path() == null || x.pos().line() < 1 || x.pos().col() < 1) {
                    return "badly located diagnostic: " + x;
                }
                if (leaksException(x.message())) {
                    return "a Java exception leaks into the message: " + x;
                }
            }
            try (Stream<Path> siblings = Files.list(options.root())) {
                List<String> left = siblings.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(".site.")).toList();
                if (!left.isEmpty()) {
                    return "staging folders left behind: " + left;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the text is a YAML document with nothing in it (blank, comments, markers). */
    static boolean emptyDocument(String text) {
        Diagnostics scratch = new Diagnostics();
        return !selfMerge(text) && YamlParser.parse(text.replace("\uFEFF", ""), "scratch", 0, scratch).isEmpty()
                && !scratch.hasErrors();
    }

    /**
     * Whether the text may merge a mapping into itself ({@code &a {<<: *a}}), which hangs the YAML parser (see
     * selfMergeIsAnErrorNotAHang). Any merge key together with any alias counts, to be safe.
     */
    static boolean selfMerge(String text) {
        return text.contains("<<") && text.contains("*");
    }

    /** Whether a double-quoted YAML value may hold a NUL character, which no file path can have. */
    static boolean nulEscape(String text) {
        return NUL_ESCAPE.matcher(text).find();
    }

    /** Whether a record of the file has {@code series: []} (see indicatorWithEmptySeriesIsReported). */
    static boolean hasEmptySeries(String text) {
        Optional<YNode> root = YamlParser.parse(text, "scratch", 0, new Diagnostics());
        if (root.isEmpty() || !(root.get() instanceof YNode.Sequence seq)) {
            return false;
        }
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Mapping m && m.entries().get("series") != null
                    && m.entries().get("series").value() instanceof YNode.Sequence series && series.items().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
