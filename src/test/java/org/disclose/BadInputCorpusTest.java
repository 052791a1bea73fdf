package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: every folder of {@code src/test/resources/bad/} is one mistake an author can make, with the
 * exact diagnostics the build must print for it.
 *
 * <p>A case folder holds:
 * <ul>
 *   <li>{@code files/}: files laid over a small valid site ({@link TestSite#minimal}), at the same paths
 *       ({@code files/content/releases/a.md} becomes {@code content/releases/a.md}). A file whose name ends with
 *       {@code .b64} holds base64 and is written, decoded, without that suffix: raw bytes for encoding cases.</li>
 *   <li>{@code expected.txt} (required): the diagnostics, one a line and in the order printed,
 *       {@code path:line:col: severity: message}. When any is an error the build must fail; otherwise it must
 *       succeed with exactly these warnings and notes (an empty file: with none at all). Whenever the build fails,
 *       the site built from the base before it must be left byte for byte as it was, with no staging folder.</li>
 *   <li>{@code args.txt} (optional): build switches as on the command line, {@code --strict}, {@code --future},
 *       {@code --drafts}, {@code --base-url URL}.</li>
 *   <li>{@code delete.txt} (optional): site-relative paths of files of the base site to remove, one a line.</li>
 *   <li>{@code KNOWN-BUG.txt} (optional): the build does not yet give {@code expected.txt}, which is the correct
 *       behaviour; the file says what it does instead. Such a case is run but skipped, and the skip message says
 *       whether the bug is still there. A crash counts as output ("the build crashed: ...").</li>
 * </ul>
 * Every build is for the fixed day {@link #TODAY}, so that date cases do not depend on the clock. What a build really
 * printed is also written to {@code target/bad-corpus/NAME.actual.txt}, to help when a case is added or changed.
 */
@Tag("slow")
class BadInputCorpusTest {

    static final Path CORPUS = TestSite.PROJECT.resolve("src/test/resources/bad");
    static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
    /** An alias bomb or a parser loop must fail fast, not hang the suite. */
    static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput(String name) throws IOException {
        Path caseDir = CORPUS.resolve(name);
        assertTrue(Files.isDirectory(caseDir.resolve("files")) || Files.isRegularFile(caseDir.resolve("delete.txt")),
                name + " has neither files/ nor delete.txt");
        assertTrue(Files.isRegularFile(caseDir.resolve("expected.txt")), name + " has no expected.txt");
        List<String> expected = lines(caseDir.resolve("expected.txt"));
        BuildOptions options = options(dir, lines(caseDir.resolve("args.txt")));

        TestSite site = TestSite.minimal(dir);
        BuildResult base = Build.run(options);
        assertEquals(List.of(), messages(base), "the base site must build clean");
        Map<String, String> before = TestSite.digest(site.output());

        for (String gone : lines(caseDir.resolve("delete.txt"))) {
            Files.delete(dir.resolve(gone));
        }
        if (Files.isDirectory(caseDir.resolve("files"))) {
            overlay(caseDir.resolve("files"), dir);
        }
        BuildResult result;
        List<String> actual;
        try {
            result = assertTimeoutPreemptively(LIMIT, () -> Build.run(options),
                    name + ": the build did not finish within " + LIMIT.toSeconds() + " s");
            actual = messages(result);
        } catch (RuntimeException e) {
            // A crash is compared like any output, so that it fails the case (or is skipped with KNOWN-BUG.txt).
            result = null;
            actual = List.of("the build crashed: " + e);
        }
        record(name, actual);

        if (result == null || !result.ok()) {
            assertEquals(before, TestSite.digest(site.output()), name + ": a failed build must leave site/ unchanged");
            try (Stream<Path> top = Files.list(dir)) {
                assertEquals(List.of("content", "site", "themes"),
                        top.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".disclose-cache"))
                                .sorted().toList(),
                        name + ": a failed build must leave no staging folder behind");
            }
        }
        if (Files.isRegularFile(caseDir.resolve("KNOWN-BUG.txt"))) {
            Assumptions.abort(actual.equals(expected)
                    ? name + ": KNOWN-BUG.txt, but the build now gives expected.txt: remove KNOWN-BUG.txt"
                    : name + ": known bug, see KNOWN-BUG.txt; the build gives " + actual);
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), name + ": diagnostics");
        boolean anyError = expected.stream().anyMatch(l -> l.contains(": error: "));
        assertEquals(!anyError, result != null && result.ok(), name + (anyError ? ": the build must fail"
                : ": warnings and notes must not stop the build"));
    }

    /** The options of a case: the site in {@code root}, for {@link #TODAY}, with the switches of args.txt. */
    static BuildOptions options(Path root, List<String> args) {
        List<String> words = new ArrayList<>();
        args.forEach(line -> words.addAll(List.of(line.trim().split("\\s+"))));
        BuildOptions options = BuildOptions.defaults(root).withToday(TODAY);
        for (int i = 0; i < words.size(); i++) {
            switch (words.get(i)) {
                case "--strict" -> options = options.withStrict(true);
                case "--future" -> options = options.withFuture(true);
                case "--drafts" -> options = options.withDrafts(true);
                case "--base-url" -> options = options.withBaseUrl(words.get(++i));
                default -> throw new IllegalArgumentException("args.txt: unknown switch '" + words.get(i) + "'");
            }
        }
        return options;
    }

    /** Copies {@code from} over {@code to}, decoding {@code .b64} files. */
    static void overlay(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = from.relativize(f).toString();
            Path target;
            byte[] bytes = Files.readAllBytes(f);
            if (rel.endsWith(".b64")) {
                target = to.resolve(rel.substring(0, rel.length() - ".b64".length()));
                bytes = Base64.getMimeDecoder().decode(bytes);
            } else {
                target = to.resolve(rel);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        }
    }

    /** The non-empty lines of a UTF-8 file, or none when it does not exist. */
    static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static void record(String name, List<String> actual) throws IOException {
        Path out = TestSite.PROJECT.resolve("target/bad-corpus");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".actual.txt"), actual, StandardCharsets.UTF_8);
    }
}
