package org.disclose.content;

import static org.disclose.content.FuzzChecks.buildProblem;
import static org.disclose.content.FuzzChecks.complaintProblem;
import static org.disclose.content.FuzzChecks.ledgerProblem;
import static org.disclose.content.FuzzChecks.emptyDocument;
import static org.disclose.content.FuzzChecks.hasEmptySeries;
import static org.disclose.content.FuzzChecks.nulEscape;
import static org.disclose.content.FuzzChecks.yamlProblem;
import static org.disclose.content.FuzzHarness.BATCH_LIMIT;
import static org.disclose.content.FuzzHarness.SCALE;
import static org.disclose.content.FuzzHarness.SHRINK_BUDGET;
import static org.disclose.content.FuzzHarness.assertNoFailures;
import static org.disclose.content.FuzzHarness.failure;
import static org.disclose.content.FuzzHarness.files;
import static org.disclose.content.FuzzHarness.fuzz;
import static org.disclose.content.FuzzHarness.report;
import static org.disclose.content.FuzzInputs.demo;
import static org.disclose.content.FuzzInputs.encode;
import static org.disclose.content.FuzzInputs.firstLines;
import static org.disclose.content.FuzzInputs.frontMatterSeeds;
import static org.disclose.content.FuzzInputs.mutate;
import static org.disclose.content.FuzzInputs.randomInput;
import static org.disclose.content.FuzzInputs.randomText;
import static org.disclose.content.FuzzInputs.taskSeeds;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildOptions;
import org.disclose.config.SiteConfigReader;
import org.disclose.content.FuzzChecks.Builds;
import org.disclose.content.FuzzHarness.ListSubject;
import org.disclose.content.FuzzHarness.Subject;
import org.disclose.diag.Diagnostics;
import org.disclose.markdown.Markdown;
import org.junit.jupiter.api.Tag;
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
 *
 * <p>This class holds the tests; the inputs come from {@link FuzzInputs}, the properties are checked by
 * {@link FuzzChecks}, and {@link FuzzHarness} runs the batches and shrinks and reports a failing input.
 */
@Tag("fuzz")
class ReaderFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 5, 10);
    /** Inputs per reader: damaged demo files, and random ones. */
    private static final int MUTATED = 1500;
    private static final int RANDOM = 500;
    /** Whole builds, half with a damaged release, half with a damaged task file. */
    private static final int BUILDS = 200;

    @TempDir
    Path dir;

    private final Markdown markdown = new Markdown(false, "表格");

    // ------------------------------------------------------------------------------------------------ readers

    @Test
    void releases() {
        fuzz(dir, new Subject("content/releases/2023-05-10-progress.md", frontMatterSeeds("releases"), true) {
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
        fuzz(dir, new Subject("content/cases/1-nongan-construction-waste.md", frontMatterSeeds("cases"), true) {
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
        fuzz(dir, new Subject("content/pages/about.md", frontMatterSeeds("pages"), true) {
            @Override
            boolean readIncomplete(ContentFiles files, Path file, Diagnostics d) {
                return new PageReader(files, markdown).read(file, files.shown(file), d).isEmpty();
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void tasks() {
        fuzz(dir, new ListSubject("content/tasks/sample-tasks.yaml", taskSeeds()) {
            @Override
            int read(ContentFiles files, Path file, Diagnostics d) {
                return TaskReader.read(files, file, d).size();
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void indicators() {
        fuzz(dir, new ListSubject("content/indicators/environment.yaml", List.of(demo("indicators/environment.yaml"),
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

    @Test
    void siteSettings() {
        fuzz(dir, new Subject("content/site.yaml", List.of(demo("site.yaml")), false) {
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
        fuzz(dir, new ListSubject("content/rounds.yaml", List.of(demo("rounds.yaml"))) {
            @Override
            int read(ContentFiles files, Path file, Diagnostics d) {
                return RoundReader.read(files, d).size();
            }
        }, MUTATED, RANDOM);
    }

    @Test
    void accountability() {
        fuzz(dir, new ListSubject("content/accountability.yaml", List.of(demo("accountability.yaml"))) {
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
        ContentFiles files = files(dir);
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

    /** A task ledger (CSV) and its sidecar: one of the two is damaged in each input. */
    @Test
    void taskLedgers() throws IOException {
        String csv = "序号,督察反馈问题,整改目标,整改措施,牵头单位,配合单位,整改时限,行政区域,整改状态,"
                + "整改状态（2022-03-31）,整改进展（2022-03-31）,整改状态（2022-12-20）,完成情况\n"
                + "1,城镇生活污水直排,应收尽收,\"1.加快管网建设\n2.推进雨污分流\",省生态环境厅、省住建厅,省发展改革委,"
                + "2022年12月31日,甲市,已完成,达到序时进度,已制定方案。,已完成,已全部完成。\n"
                + "2,秸秆焚烧管控不到位,,,,,长期坚持,,长期坚持,,,,\n";
        String yaml = "round: round2\nsample: true\nasOf: 2023-05-10\nprivate: [备注]\n";
        Path csvFile = dir.resolve("content/tasks/ledger.csv");
        Path yamlFile = dir.resolve("content/tasks/ledger.yaml");
        Files.createDirectories(csvFile.getParent());
        Random random = new Random(2022);
        ContentFiles files = files(dir);
        Files.writeString(csvFile, csv);
        Files.writeString(yamlFile, yaml);
        org.disclose.diag.Diagnostics clean = new org.disclose.diag.Diagnostics();
        org.junit.jupiter.api.Assertions.assertEquals(2, TaskLedgerReader.read(files, csvFile, clean).size(),
                clean.sorted()::toString); // the seed reads whole
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), clean.sorted());
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
                Function<byte[], String> problemOf = bytes -> ledgerProblem(files, csvFile, victim, bytes);
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
                Function<String, String> problemOf = FuzzChecks::frontMatterProblem;
                if (problemOf.apply(text) != null) {
                    failures.add(failure("a.md", text, problemOf));
                }
            }
        });
        assertNoFailures(failures);
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
}
