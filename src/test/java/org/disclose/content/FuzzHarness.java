package org.disclose.content;

import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import org.disclose.text.SourceText;
import static org.disclose.content.FuzzChecks.readerProblem;
import static org.disclose.content.FuzzChecks.selfMerge;
import static org.disclose.content.FuzzInputs.encode;
import static org.disclose.content.FuzzInputs.mutate;
import static org.disclose.content.FuzzInputs.randomInput;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.diag.Diagnostics;

/**
 * Runs the reader fuzzer ({@link ReaderFuzzTest}): a {@link Subject} says which file a reader reads and what its
 * result means; {@link #fuzz} writes each generated input there and checks it ({@link FuzzChecks}); a failing input
 * is shrunk (lines, then characters) and reported as a Java string literal, so that the message shows a small case
 * that can be pasted into {@link FuzzRegressionTest}.
 */
final class FuzzHarness {

    static final int SCALE = Integer.getInteger("fuzz.scale", 1);
    static final Duration BATCH_LIMIT = Duration.ofSeconds(60L * SCALE);
    /** Attempts at shrinking one failing input. */
    static final int SHRINK_BUDGET = 3000;

    private FuzzHarness() {
    }

    /** A reader of one file under content/, and what its result means. */
    abstract static class Subject {
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
    abstract static class ListSubject extends Subject {
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

    /** The content files of a site rooted at {@code dir}, with an empty personal-data guard. */
    static ContentFiles files(Path dir) {
        try {
            Files.createDirectories(dir.resolve("content"));
            return new ContentFiles(dir, new PersonalDataGuard(List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code mutated} damaged seeds and {@code random} random inputs (times the scale), from fixed seeds. */
    static void fuzz(Path dir, Subject subject, int mutated, int random) {
        Path file = dir.resolve(subject.shown);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContentFiles files = files(dir);
        Random rnd = new Random(subject.shown.hashCode());
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(BATCH_LIMIT, () -> {
            for (int i = 0; i < (mutated + random) * SCALE && failures.size() < 3; i++) {
                byte[] input = i % (mutated + random) < mutated
                        ? encode(mutate(subject.seeds.get(rnd.nextInt(subject.seeds.size())), rnd), rnd)
                        : randomInput(rnd, subject.markdownFile);
                Function<byte[], String> problemOf = bytes -> readerProblem(subject, files, file, bytes);
                if (problemOf.apply(input) != null) {
                    failures.add(failure(subject.shown, input, problemOf, SHRINK_BUDGET));
                }
            }
        });
        assertNoFailures(failures);
    }

    /** The input shrunk while it keeps failing, and the problem of the shrunk input. */
    static String failure(String shown, byte[] input, Function<byte[], String> problemOf, int budget) {
        byte[] minimal = shrink(input, b -> problemOf.apply(b) != null, budget);
        return report(shown, problemOf.apply(minimal), minimal);
    }

    static String failure(String shown, String input, Function<String, String> problemOf) {
        String minimal = shrinkText(input, t -> problemOf.apply(t) != null);
        return report(shown, problemOf.apply(minimal), minimal);
    }

    static String report(String shown, String problem, byte[] minimal) {
        return shown + ": " + problem + "\n    minimal input (" + minimal.length + " bytes): "
                + escape(new String(minimal, StandardCharsets.UTF_8)) + "\n    bytes: " + Arrays.toString(minimal);
    }

    static String report(String shown, String problem, String minimal) {
        return shown + ": " + problem + "\n    minimal input: " + escape(minimal);
    }

    static void assertNoFailures(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " failing input(s):\n" + String.join("\n", failures));
        }
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
