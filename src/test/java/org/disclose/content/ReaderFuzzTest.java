package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.build.Build;
import org.disclose.build.BuildOptions;
import org.disclose.build.BuildResult;
import org.disclose.check.PersonalDataGuard;
import org.disclose.config.SiteConfigReader;
import org.disclose.content.table.Table;
import org.disclose.content.table.TableReader;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.Severity;
import org.disclose.diag.SourcePos;
import org.disclose.model.ComplaintBatch;
import org.disclose.render.Markdown;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based robustness tests of the content readers, in plain JUnit from fixed seeds, so every run sees the same
 * inputs. Each reader gets random inputs and damaged copies of the demo's real files (spans deleted, duplicated or
 * truncated, YAML and Markdown punctuation, control characters, BOMs and CJK inserted, lines repeated and re-indented,
 * values replaced by awkward ones, bytes made invalid UTF-8), written to a temporary folder laid out like
 * {@code content/}. Properties:
 *
 * <ul>
 *   <li>every input ends in a result or in diagnostics: nothing throws, nothing hangs;</li>
 *   <li>when a reader returns nothing, or fewer records than the file holds, it reported at least one error;</li>
 *   <li>every diagnostic names the file it is about, with line ≥ 1 and column ≥ 1, and no Java exception leaks into
 *       its message;</li>
 *   <li>every diagnostic of a file reader points into the file: at a line it has, at most one column past the line's
 *       end;</li>
 *   <li>a whole build returns a result, never throws; when it fails, the published site is left as it was.</li>
 * </ul>
 *
 * <p>Inputs that hit a bug already found are skipped (see {@code knownBug} and {@link FuzzRegressionTest}, where
 * each bug found is kept), so that the fuzzer keeps looking for new ones.
 *
 * <p>A failing input is shrunk (lines, then characters) before it is reported, so the message shows a small case that
 * can be pasted into a regression test. {@code -Dfuzz.scale=N} multiplies the number of inputs, for longer hunts.
 */
class ReaderFuzzTest {

    private static final Path DEMO = TestSite.PROJECT.resolve("content");
    private static final int SCALE = Integer.getInteger("fuzz.scale", 1);
    private static final Duration BATCH_LIMIT = Duration.ofSeconds(60L * SCALE);
    private static final LocalDate TODAY = LocalDate.of(2023, 5, 10);
    /** Inputs per reader: damaged demo files, and random ones. */
    private static final int MUTATED = 1500;
    private static final int RANDOM = 500;
    /** Whole builds, half with a damaged release, half with a damaged task file. */
    private static final int BUILDS = 200;
    /** Attempts at shrinking one failing input. */
    private static final int SHRINK_BUDGET = 3000;
    /** Line breaks to YAML 1.1 (and SnakeYAML) but not to Disclose, Notepad or most editors. */
    private static final Pattern YAML_LINE_BREAKS = Pattern.compile("[\u0085\u2028\u2029]");
    private static final Pattern LONE_CR = Pattern.compile("\r(?!\n)");
    /** A number whose exponent has seven or more digits (1e999999999). */
    private static final Pattern HUGE_EXPONENT = Pattern.compile("[0-9.][eE][+-]?[0-9,]{7,}");
    /** A YAML value that is a number ({@code value: 93.5}). */
    private static final Pattern NUMBER_VALUE = Pattern.compile(":[ \t]+(-?[0-9][0-9.,]*)[ \t]*$", Pattern.MULTILINE);
    /** A NUL written as a YAML escape in a double-quoted value. */
    private static final Pattern NUL_ESCAPE = Pattern.compile("\\\\(0|x00|u0000|U00000000)");

    /** Punctuation that means something to YAML, Markdown, CSV or a parser's reader, plus CJK and odd characters. */
    private static final String[] TOKENS = {":", ": ", "-", "- ", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'",
        "\"", "#", "\t", "\r", "\r\n", "\u0000", "\uFEFF", "\n", " ", "    ", ",", "\\", "%", "@", "`", "?", "? ",
        "长春市", "整改", "已完成", "示例", "𠀀", "、", "，", "：", "\u3000", "\u00A0", "\u2028", "\u0085", "\u001B",
        "---\n", "...\n", "&a ", "*a", "<<: *a\n", "!!str ", "!!binary ", "!!int ", "!!map ", "!!python/object:x ",
        "!<tag:yaml.org,2002:str> ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "|-\n", ">+\n", "[[[[", "{{{{", "\\u",
        "](javascript:x)", "![](a.png)", "<script>", "| a | b |\n|---|---|\n", "```\n", "\uD800", "\uDFFF"};
    /** Values an author (or a damaged file) may put where a number, date, word or list is expected. */
    private static final String[] VALUES = {"", "~", "null", "[]", "{}", "''", "\"\"", "-1", "0", "00", "+7",
        "9223372036854775808", "-9223372036854775809", "99999999999", "1e999999999", "1E-999999999", "-0.0",
        "12345678901234567890.123456789", ".inf", ".nan", "NaN", "0x1F", "1,000", "1_000", "2023-02-29",
        "2024-02-29", "2023-13-40", "9999-12-31", "0000-01-01", "-999999999-01-01", "2023-05-10T25:61",
        "2023-05-10 09:30", "2023-5-1", "2023-05-10T09:30:00Z", "长期坚持", "已完成", "基本完成", "未完成", "是",
        "true", "no", "yes", "*a", "&a x", "[a, b]", "{a: b}", "[[]]", "|\n  多行\n  文本", ">-\n  y", "!!binary AAAA",
        "13812345678", "a@qq.com", "110101199003077777", "../x.png", "/etc/passwd", "x.png", "a/../../b.png",
        "higher", "lower", "大气", "round2", "round9", "-", "- x", "\"\\u0000\"", "'it''s'", "x".repeat(300),
        "𠀀".repeat(5), "<script>alert(1)</script>", "CON", ".", ".."};

    /** Numbers that are valid to a parser but extreme, or nearly numbers. */
    private static final String[] NUMBERS = {"0", "-1", "00", "0.0", "-0", "1e999999999", "1E-999999999", "1e309",
        "4.9e-324", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1.", ".5", "1..2",
        "1e", "0x10", "1,000", "99.999", "100.00", "1E+2", "١٢٣", "１２３", "12345678901234567890"};

    @TempDir
    Path dir;

    private final Markdown markdown = new Markdown(false, "表格");

    // ------------------------------------------------------------------------------------------------ readers

    @Test
    void releases() {
        fuzz(new Subject("content/releases/2023-05-10-progress.md", frontMatterSeeds("releases"), true) {
            @Override
            boolean readIncomplete(ContentFiles files, Path file, Diagnostics d) {
                return new ReleaseReader(files, markdown).read(file, files.shown(file), d).isEmpty();
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void typicalCases() throws IOException {
        Files.createDirectories(dir.resolve("content/cases/img"));
        Files.write(dir.resolve("content/cases/img/site.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        fuzz(new Subject("content/cases/1-nongan-construction-waste.md", frontMatterSeeds("cases"), true) {
            @Override
            boolean readIncomplete(ContentFiles files, Path file, Diagnostics d) {
                return new CaseReader(files, markdown).read(file, files.shown(file), d).isEmpty();
            }

            @Override
            boolean knownBug(String text) {
                return super.knownBug(text) || nulEscape(text); // see caseImagePathWithNulIsAnError
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void pages() {
        fuzz(new Subject("content/pages/about.md", frontMatterSeeds("pages"), true) {
            @Override
            boolean readIncomplete(ContentFiles files, Path file, Diagnostics d) {
                return new PageReader(files, markdown).read(file, files.shown(file), d).isEmpty();
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void tasks() {
        fuzz(new ListSubject("content/tasks/sample-tasks.yaml", taskSeeds()) {
            @Override
            int read(ContentFiles files, Path file, Diagnostics d) {
                return TaskReader.read(files, file, d).size();
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void indicators() {
        fuzz(new ListSubject("content/indicators/environment.yaml", List.of(demo("indicators/environment.yaml"),
                demo("indicators/green-development.yaml"))) {
            @Override
            int read(ContentFiles files, Path file, Diagnostics d) {
                return IndicatorReader.read(files, file, d).size();
            }

            @Override
            boolean knownBug(String text) {
                return super.knownBug(text) || hasEmptySeries(text);
            }
        }, MUTATED, RANDOM);
    }

    /** Whether a record of the file has {@code series: []} (see indicatorWithEmptySeriesIsReported). */
    private static boolean hasEmptySeries(String text) {
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

    @Test
    void siteSettings() {
        fuzz(new Subject("content/site.yaml", List.of(demo("site.yaml")), false) {
            @Override
            boolean readIncomplete(ContentFiles files, Path file, Diagnostics d) {
                return SiteConfigReader.read(dir, null, d).isEmpty();
            }

            @Override
            boolean knownBug(String text) {
                return super.knownBug(text) || emptyDocument(text); // see emptySiteSettingsAreAnError
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void rounds() {
        fuzz(new ListSubject("content/rounds.yaml", List.of(demo("rounds.yaml"))) {
            @Override
            int read(ContentFiles files, Path file, Diagnostics d) {
                return RoundReader.read(files, d).size();
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void accountability() {
        fuzz(new ListSubject("content/accountability.yaml", List.of(demo("accountability.yaml"))) {
            @Override
            int read(ContentFiles files, Path file, Diagnostics d) {
                return AccountabilityReader.read(files, d).size();
            }
        }, MUTATED, RANDOM);
    }

    /** The complaint table and its sidecar: one of the two is damaged in each input. */
    @Test
    void complaintBatches() throws IOException {
        String csv = firstLines(demo("complaints/batch-01.csv"), 12);
        String yaml = demo("complaints/batch-01.yaml");
        Path csvFile = dir.resolve("content/complaints/batch-01.csv");
        Path yamlFile = dir.resolve("content/complaints/batch-01.yaml");
        Files.createDirectories(csvFile.getParent());
        Random random = new Random(4704);
        ContentFiles files = files();
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(BATCH_LIMIT, () -> {
            for (int i = 0; i < (MUTATED + RANDOM) * SCALE; i++) {
                boolean damageTable = random.nextInt(3) > 0;
                byte[] input = i % 6 == 5
                        ? randomInput(random, false)
                        : encode(mutate(damageTable ? csv : yaml, random), random);
                Files.write(damageTable ? yamlFile : csvFile,
                        (damageTable ? yaml : csv).getBytes(StandardCharsets.UTF_8));
                Path victim = damageTable ? csvFile : yamlFile;
                Function<byte[], String> problemOf = bytes -> complaintProblem(files, csvFile, victim, bytes);
                if (problemOf.apply(input) != null) {
                    failures.add(failure(files.shown(victim), input, problemOf, SHRINK_BUDGET));
                    if (failures.size() >= 3) {
                        break;
                    }
                }
            }
        });
        assertNoFailures(failures);
    }

    private static String complaintProblem(ContentFiles files, Path csvFile, Path victim, byte[] input) {
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

    /** Whether the text is a YAML document with nothing in it (blank, comments, markers). */
    private static boolean emptyDocument(String text) {
        Diagnostics scratch = new Diagnostics();
        return !selfMerge(text) && YamlParser.parse(text.replace("\uFEFF", ""), "scratch", 0, scratch).isEmpty()
                && !scratch.hasErrors();
    }

    /**
     * Whether the text may merge a mapping into itself ({@code &a {<<: *a}}), which hangs the YAML parser (see
     * selfMergeIsAnErrorNotAHang). Any merge key together with any alias counts, to be safe.
     */
    private static boolean selfMerge(String text) {
        return text.contains("<<") && text.contains("*");
    }

    /** Whether a double-quoted YAML value may hold a NUL character, which no file path can have. */
    private static boolean nulEscape(String text) {
        return NUL_ESCAPE.matcher(text).find();
    }

    private static String lenient(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The YAML layer on its own, from strings (no file), with a line offset as for front matter. */
    @Test
    void yamlParserOnRandomAndDamagedText() {
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("rounds.yaml", "accountability.yaml", "indicators/environment.yaml",
                "site.yaml", "complaints/batch-01.yaml")) {
            seeds.add(demo(name));
        }
        seeds.add(firstLines(demo("tasks/sample-tasks.yaml"), 80));
        seeds.add("a: &a {x: 1}\nb: *a\nc:\n  <<: *a\n  y: 2\n");
        Random random = new Random(25);
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(BATCH_LIMIT, () -> {
            for (int i = 0; i < 4000 * SCALE && failures.size() < 3; i++) {
                String text = i % 4 == 3 ? randomText(random, false) : mutate(seeds.get(random.nextInt(seeds.size())),
                        random);
                int offset = random.nextInt(3);
                Function<String, String> problemOf = t -> yamlProblem(t, offset);
                if (problemOf.apply(text) != null) {
                    failures.add(failure("x.yaml", text, problemOf));
                }
            }
        });
        assertNoFailures(failures);
    }

    private static String yamlProblem(String text, int offset) {
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

    /** Front matter splitting on its own: it returns the parts or says why not. */
    @Test
    void frontMatterOnRandomAndDamagedText() {
        List<String> seeds = frontMatterSeeds("releases");
        seeds.addAll(frontMatterSeeds("cases"));
        Random random = new Random(26);
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(BATCH_LIMIT, () -> {
            for (int i = 0; i < 4000 * SCALE && failures.size() < 3; i++) {
                String text = i % 4 == 3 ? randomText(random, true) : mutate(seeds.get(random.nextInt(seeds.size())),
                        random);
                Function<String, String> problemOf = ReaderFuzzTest::frontMatterProblem;
                if (problemOf.apply(text) != null) {
                    failures.add(failure("a.md", text, problemOf));
                }
            }
        });
        assertNoFailures(failures);
    }

    private static String frontMatterProblem(String text) {
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

    // ------------------------------------------------------------------------------------------------ whole builds

    /**
     * Whole builds, through every stage (read, check, route, render, link check, write), of a small site one of whose
     * files is damaged (most often a release or a task file; also a typical case, an indicator file, rounds.yaml or
     * site.yaml): Build.run returns a result, never throws; a build that fails (or only checks, as
     * {@code disclose check}) leaves the published site as the last good build left it; no build leaves a staging
     * folder behind.
     */
    @Test
    void wholeBuildsOfDamagedReleasesAndTasks() throws IOException {
        Path root = dir.resolve("build");
        String rounds = "- id: round2\n  name: 第二轮中央生态环境保护督察\n";
        TestSite site = TestSite.minimal(root)
                .write("content/rounds.yaml", rounds)
                .write("content/pages/about.md", demo("pages/about.md"));
        Files.createDirectories(root.resolve("content/cases/img"));
        Files.write(root.resolve("content/cases/img/site.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String siteYaml = Files.readString(root.resolve("content/site.yaml"));
        // the file each build damages, by build number modulo 10
        List<String> targets = List.of("content/releases/r.md", "content/tasks/t.yaml", "content/releases/r.md",
                "content/tasks/t.yaml", "content/releases/r.md", "content/tasks/t.yaml", "content/cases/c.md",
                "content/indicators/i.yaml", "content/rounds.yaml", "content/site.yaml");
        Map<String, List<String>> seeds = Map.of(
                "content/releases/r.md", List.of(demo("releases/2023-05-10-jilin-second-round-progress.md")),
                "content/tasks/t.yaml", taskSeeds().subList(0, 2),
                "content/cases/c.md", frontMatterSeeds("cases"),
                "content/indicators/i.yaml", List.of(demo("indicators/environment.yaml")),
                "content/rounds.yaml", List.of(rounds + """
                          stationedFrom: 2021-08-25
                          stationedTo: 2021-09-26
                          feedbackDate: 2021-12-12
                          reports:
                            - asOf: 2023-05-10
                              complaintsAssigned: 4704
                              complaintsClosed: 4593
                              closureRate: 97.64
                        """),
                "content/site.yaml", List.of(siteYaml + "description: 公开整改进展\nlanguage: zh-CN\ntheme: default\n"));
        // what each of those files is while another one is damaged (null: absent)
        Map<String, String> base = new HashMap<>();
        base.put("content/rounds.yaml", rounds);
        base.put("content/site.yaml", siteYaml);
        Random random = new Random(118);
        BuildOptions options = site.options().withToday(TODAY);
        List<String> failures = new ArrayList<>();
        Builds builds = new Builds();
        assertTimeoutPreemptively(BATCH_LIMIT.multipliedBy(2), () -> {
            for (int i = 0; i < BUILDS * SCALE && failures.size() < 3; i++) {
                String target = targets.get(i % targets.size());
                for (String other : seeds.keySet()) {
                    Path p = root.resolve(other);
                    Files.createDirectories(p.getParent());
                    if (base.get(other) != null) {
                        Files.writeString(p, base.get(other));
                    } else {
                        Files.deleteIfExists(p);
                    }
                }
                List<String> from = seeds.get(target);
                // one edit half the time, so that the file often stays valid enough to reach rendering
                String seed = from.get(random.nextInt(from.size()));
                byte[] input = encode(random.nextBoolean() ? mutate(seed, random, 1) : mutate(seed, random), random);
                Path file = root.resolve(target);
                BuildOptions these = i % 4 == 0 ? options : options.checkOnly(); // writing is a third of the time
                String problem = buildProblem(these, file, input, builds);
                if (problem != null) {
                    Function<byte[], String> problemOf = bytes -> buildProblem(these, file, bytes, null);
                    failures.add(problemOf.apply(input) == null
                            ? report(target, problem, input) // not reproducible on its own: not shrunk
                            : failure(target, input, problemOf, 300));
                }
            }
        });
        assertNoFailures(failures);
        assertTrue(builds.ok > BUILDS / 10, "some damaged inputs still build: " + builds.ok);
        assertTrue(builds.failed > BUILDS / 10, "some damaged inputs fail the build: " + builds.failed);
    }

    /** What the builds so far left: the published site as the last successful build wrote it, and counts. */
    private static final class Builds {
        Map<String, String> site = Map.of();
        int ok;
        int failed;
    }

    /** @param builds the state to compare with and update, or null when shrinking (only crashes count then) */
    private static String buildProblem(BuildOptions options, Path file, byte[] input, Builds builds) {
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

    // ------------------------------------------------------------------------------------------------ harness

    /** A reader of one file under content/, and what its result means. */
    private abstract class Subject {
        final String shown;
        final List<String> seeds;
        final boolean markdownFile;

        Subject(String shown, List<String> seeds, boolean markdownFile) {
            this.shown = shown;
            this.seeds = seeds;
            this.markdownFile = markdownFile;
        }

        /** Reads the file; true when the reader gave nothing, or fewer records than the file holds. */
        abstract boolean readIncomplete(ContentFiles files, Path file, Diagnostics d);

        /** Whether the input (decoded leniently) hits a bug already kept as a disabled regression test. */
        boolean knownBug(String text) {
            return selfMerge(text);
        }
    }

    /** A data file whose top level is a list of records: every record must come out or be reported. */
    private abstract class ListSubject extends Subject {
        ListSubject(String shown, List<String> seeds) {
            super(shown, seeds, false);
        }

        abstract int read(ContentFiles files, Path file, Diagnostics d);

        @Override
        boolean readIncomplete(ContentFiles files, Path file, Diagnostics d) {
            int records = read(files, file, d);
            return records < recordsIn(file);
        }
    }

    /** How many records the file holds: its top-level list's length; 1 when it is unreadable or not a list. */
    private static int recordsIn(Path file) {
        Diagnostics scratch = new Diagnostics();
        Optional<String> text = SourceText.read(file, "scratch", scratch);
        if (text.isEmpty()) {
            return 1;
        }
        Optional<YNode> root = YamlParser.parse(text.get(), "scratch", 0, scratch);
        if (scratch.hasErrors()) {
            return Integer.MAX_VALUE; // the reader must report what the parser found
        }
        if (root.isEmpty()) {
            return 0; // an empty file, or only comments
        }
        return root.get() instanceof YNode.Sequence seq ? seq.items().size() : 1;
    }

    private ContentFiles files() {
        try {
            Files.createDirectories(dir.resolve("content"));
            return new ContentFiles(dir, new PersonalDataGuard(List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fuzz(Subject subject, int mutated, int random) {
        Path file = dir.resolve(subject.shown);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContentFiles files = files();
        Random rnd = new Random(subject.shown.hashCode());
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(BATCH_LIMIT, () -> {
            for (int i = 0; i < (mutated + random) * SCALE && failures.size() < 3; i++) {
                byte[] input = i % (mutated + random) < mutated
                        ? encode(mutate(subject.seeds.get(rnd.nextInt(subject.seeds.size())), rnd), rnd)
                        : randomInput(rnd, subject.markdownFile);
                Function<byte[], String> problemOf = bytes -> problem(subject, files, file, bytes);
                if (problemOf.apply(input) != null) {
                    failures.add(failure(subject.shown, input, problemOf, SHRINK_BUDGET));
                }
            }
        });
        assertNoFailures(failures);
    }

    /** What is wrong with reading this input, or null when the properties hold. */
    private static String problem(Subject subject, ContentFiles files, Path file, byte[] input) {
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
            if (i < 3 || disclose && !trace[i].getClassName().endsWith("FuzzTest")) {
                s.append("\n        at ").append(trace[i]);
                ours += disclose ? 1 : 0;
            }
        }
        return s.toString();
    }

    /** The input shrunk while it keeps failing, and the problem of the shrunk input. */
    private static String failure(String shown, byte[] input, Function<byte[], String> problemOf, int budget) {
        byte[] minimal = shrink(input, b -> problemOf.apply(b) != null, budget);
        return report(shown, problemOf.apply(minimal), minimal);
    }

    private static String failure(String shown, String input, Function<String, String> problemOf) {
        String minimal = shrinkText(input, t -> problemOf.apply(t) != null);
        return report(shown, problemOf.apply(minimal), minimal);
    }

    private static String report(String shown, String problem, byte[] minimal) {
        return shown + ": " + problem + "\n    minimal input (" + minimal.length + " bytes): "
                + escape(new String(minimal, StandardCharsets.UTF_8)) + "\n    bytes: " + Arrays.toString(minimal);
    }

    private static String report(String shown, String problem, String minimal) {
        return shown + ": " + problem + "\n    minimal input: " + escape(minimal);
    }

    private static void assertNoFailures(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " failing input(s):\n" + String.join("\n", failures));
        }
    }

    // ------------------------------------------------------------------------------------------------ inputs

    static String demo(String relative) {
        try {
            return Files.readString(DEMO.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstLines(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = text.indexOf('\n', at + 1);
        }
        return at < 0 ? text : text.substring(0, at + 1);
    }

    /** The demo's Markdown files of one folder, plus a hand-written one that uses every field of that kind. */
    private static List<String> frontMatterSeeds(String folder) {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEMO.resolve(folder))) {
            files.sorted().forEach(p -> seeds.add(demo(folder + "/" + p.getFileName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folder.equals("releases")) {
            seeds.add("""
                    ---
                    title: "整改进展：第二批"
                    date: 2023-05-10T09:30
                    slug: second-batch
                    updated: 2023-06-01
                    round: round2
                    source: 吉林省人民政府网
                    summary: >-
                      截至目前，已完成26项。
                    tags: [督察, 整改]
                    draft: false
                    changes:
                      - date: 2023-06-01
                        note: 更正数字
                    ---

                    ## 一、总体情况

                    | 项目 | 数量 |
                    | --- | ---: |
                    | 完成 | 26 |

                    详见[原文](https://www.jl.gov.cn/)和![现场照片](photo.png)。
                    """);
        } else if (folder.equals("cases")) {
            seeds.add("""
                    ---
                    title: 示例案例
                    round: round2
                    region: 长春市
                    status: 整改中
                    summary: 摘要
                    tasks: ["1", "2"]
                    figures:
                      - label: 投入资金
                        value: 4141
                        unit: 万元
                      - label: 清运量
                        value: 167.5
                    milestones:
                      - date: 2022-01-01
                        text: 制定方案
                    images:
                      - path: img/site.png
                        alt: 整治后的现场
                        caption: 2023年拍摄
                    ---

                    正文。
                    """);
        }
        return seeds;
    }

    /** Slices of the demo's task file (whole records), and the whole file now and then. */
    private static List<String> taskSeeds() {
        String all = demo("tasks/sample-tasks.yaml");
        List<Integer> starts = new ArrayList<>();
        for (int at = all.indexOf("\n- id:"); at >= 0; at = all.indexOf("\n- id:", at + 1)) {
            starts.add(at + 1);
        }
        List<String> seeds = new ArrayList<>();
        seeds.add(all.substring(0, starts.get(3)));
        seeds.add(all.substring(starts.get(24), starts.get(27)));
        seeds.add(all.substring(starts.get(starts.size() - 3)));
        seeds.add("""
                - id: x-1
                  round: round2
                  problem: 问题
                  deadline: 长期坚持
                  status: 已销号
                  closure:
                    accepted: 2023-04-20
                    noticeFrom: 2023-04-21
                    noticeTo: 2023-04-27
                    phone: 0431-88888888
                    email: objections@example.gov.cn
                    note: 公示
                """);
        seeds.add(all);
        return seeds;
    }

    /** Random text from YAML/Markdown pieces, field names, values and line breaks; sometimes inside front matter. */
    private static String randomText(Random random, boolean markdownFile) {
        String[] names = {"title", "date", "slug", "round", "id", "status", "series", "period", "value", "progress",
            "closure", "accepted", "figures", "images", "path", "alt", "reports", "asOf", "byRank", "县处级", "batch"};
        StringBuilder s = new StringBuilder();
        if (markdownFile && random.nextInt(4) > 0) {
            s.append("---\n");
        }
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append(names[random.nextInt(names.length)]).append(": ");
                case 1 -> s.append(VALUES[random.nextInt(VALUES.length)]);
                case 2 -> s.append('\n').append(" ".repeat(random.nextInt(3) * 2));
                case 3 -> s.append("- ");
                default -> s.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            if (markdownFile && random.nextInt(40) == 0) {
                s.append("\n---\n");
            }
        }
        return s.toString();
    }

    private static byte[] randomInput(Random random, boolean markdownFile) {
        if (random.nextInt(5) == 0) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            return bytes;
        }
        return randomText(random, markdownFile).getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8, sometimes with a BOM, CRLF line ends, or a few bytes that are not valid UTF-8. */
    private static byte[] encode(String text, Random random) {
        String t = random.nextInt(20) == 0 ? text.replace("\n", "\r\n") : text;
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0) {
            byte[] withBom = new byte[bytes.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, withBom, 3, bytes.length);
            bytes = withBom;
        }
        if (random.nextInt(15) == 0 && bytes.length > 0) {
            bytes = bytes.clone();
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) (0x80 | random.nextInt(0x80));
                case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                default -> bytes = Arrays.copyOf(bytes, at); // may cut a character in half
            }
        }
        return bytes;
    }

    /** One to four edits of the kinds authors and broken tools make. */
    static String mutate(String text, Random random) {
        return mutate(text, random, 1 + random.nextInt(4));
    }

    static String mutate(String text, Random random, int edits) {
        StringBuilder s = new StringBuilder(text);
        for (int n = edits; n > 0; n--) {
            int len = s.length();
            int at = len == 0 ? 0 : random.nextInt(len + 1);
            switch (random.nextInt(12)) {
                case 0 -> s.delete(at, Math.min(len, at + span(random)));
                case 1 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> {
                    int end = Math.min(len, at + span(random));
                    s.insert(end, s.substring(at, end));
                }
                case 3 -> {
                    if (at < len) {
                        s.setCharAt(at, randomChar(random));
                    }
                }
                case 4 -> s.setLength(random.nextInt(len + 1));
                case 5 -> {
                    int start = lineStart(s, at);
                    int end = lineEnd(s, at);
                    String line = s.substring(start, end) + "\n";
                    s.insert(start, line.repeat(1 + random.nextInt(random.nextInt(8) == 0 ? 200 : 3)));
                }
                case 6 -> {
                    int start = lineStart(s, at);
                    if (random.nextBoolean()) {
                        s.insert(start, random.nextInt(4) == 0 ? "\t" : " ".repeat(1 + random.nextInt(4)));
                    } else {
                        int end = start;
                        while (end < s.length() && end - start < 1 + random.nextInt(4) && s.charAt(end) == ' ') {
                            end++;
                        }
                        s.delete(start, end);
                    }
                }
                case 7 -> {
                    int colon = nextKey(s, at);
                    if (colon >= 0) {
                        s.replace(colon + 1, lineEnd(s, colon), " " + VALUES[random.nextInt(VALUES.length)]);
                    }
                }
                case 8 -> {
                    int start = lineStart(s, at);
                    int end = Math.min(s.length(), lineEnd(s, at) + 1);
                    String line = s.substring(start, end);
                    s.delete(start, end);
                    int to = lineStart(s, s.length() == 0 ? 0 : random.nextInt(s.length() + 1));
                    s.insert(to, line.endsWith("\n") ? line : line + "\n");
                }
                case 9 -> {
                    String cjk = new String(Character.toChars(random.nextInt(4) == 0 ? 0x20000 + random.nextInt(100)
                            : 0x4E00 + random.nextInt(0x5000)));
                    s.insert(at, cjk.repeat(1 + random.nextInt(3)));
                }
                case 10 -> { // a number becomes an awkward one: the next value that is a number, else any digits
                    Matcher m = NUMBER_VALUE.matcher(s);
                    int start;
                    int end;
                    if (m.find(Math.min(at, s.length()))) {
                        start = m.start(1);
                        end = m.end(1);
                    } else {
                        start = at;
                        while (start < s.length() && !Character.isDigit(s.charAt(start))) {
                            start++;
                        }
                        end = start;
                        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                            end++;
                        }
                    }
                    s.replace(start, end, NUMBERS[random.nextInt(NUMBERS.length)]);
                }
                default -> s.insert(at, VALUES[random.nextInt(VALUES.length)]);
            }
        }
        return s.toString();
    }

    /** The next ':' that ends a key (followed by a space or the end of the line), or -1. */
    private static int nextKey(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) {
                return i;
            }
        }
        return -1;
    }

    private static int span(Random random) {
        return 1 + random.nextInt(random.nextInt(4) == 0 ? 200 : 8);
    }

    private static char randomChar(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> TOKENS[random.nextInt(TOKENS.length)].charAt(0);
            case 1 -> (char) random.nextInt(0x80);
            case 2 -> (char) (0x4E00 + random.nextInt(0x5000));
            default -> (char) random.nextInt(0x10000);
        };
    }

    private static int lineStart(CharSequence s, int at) {
        int i = Math.min(at, s.length());
        while (i > 0 && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(CharSequence s, int at) {
        int i = Math.min(at, s.length());
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    // ------------------------------------------------------------------------------------------------ shrinking


    /**
     * A smaller input that still fails: whole lines are removed first, then ever smaller runs of bytes (a greedy
     * ddmin). At most {@code budget} attempts, so a slow failure cannot stall the suite.
     */
    private static byte[] shrink(byte[] input, Predicate<byte[]> failing, int budget) {
        int[] tries = {0};
        Predicate<byte[]> test = b -> ++tries[0] <= budget && failing.test(b);
        byte[] best = input;
        // lines
        List<byte[]> lines = splitLines(best);
        for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1 && tries[0] < budget; chunk /= 2) {
            for (int i = 0; i < lines.size() && tries[0] < budget; ) {
                List<byte[]> fewer = new ArrayList<>(lines.subList(0, i));
                fewer.addAll(lines.subList(Math.min(lines.size(), i + chunk), lines.size()));
                byte[] candidate = join(fewer);
                if (test.test(candidate)) {
                    lines = fewer;
                    best = candidate;
                } else {
                    i += chunk;
                }
            }
        }
        // bytes
        for (int chunk = Math.max(1, best.length / 2); chunk >= 1 && tries[0] < budget; chunk /= 2) {
            for (int i = 0; i < best.length && tries[0] < budget; ) {
                byte[] candidate = new byte[best.length - Math.min(chunk, best.length - i)];
                System.arraycopy(best, 0, candidate, 0, i);
                System.arraycopy(best, Math.min(best.length, i + chunk), candidate, i, candidate.length - i);
                if (test.test(candidate)) {
                    best = candidate;
                } else {
                    i += chunk;
                }
            }
        }
        failing.test(best); // leave the file as the minimal input
        return best;
    }

    private static String shrinkText(String input, Predicate<String> failing) {
        byte[] bytes = shrink(input.getBytes(StandardCharsets.UTF_16BE),
                b -> b.length % 2 == 0 && failing.test(new String(b, StandardCharsets.UTF_16BE)), SHRINK_BUDGET);
        return new String(bytes, StandardCharsets.UTF_16BE);
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        int n = 0;
        for (byte[] l : lines) {
            n += l.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] l : lines) {
            System.arraycopy(l, 0, out, at, l.length);
            at += l.length;
        }
        return out;
    }

    /** Java-string-literal style, so a reported input can be pasted into a test. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(cp) || cp == 0xFEFF || cp >= 0xD800 && cp <= 0xDFFF
                            || Character.getType(cp) == Character.FORMAT
                            || Character.getType(cp) == Character.LINE_SEPARATOR) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
