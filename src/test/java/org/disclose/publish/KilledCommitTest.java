package org.disclose.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildResult;
import org.disclose.render.SiteAddresses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build that changes the site in place, killed in its commit: after its journal is written (no file moved yet),
 * half way through moving its files over the site's, and after the last move (journal not yet removed). The site may
 * be a mix of old and new files then; the next build must first finish the commit from the journal, so that the site
 * is the new one, whole, and byte for byte what a build without a kill gives. A kill before the journal is
 * {@link KilledBuildTest}'s: the site stays the old one. The build runs in its own JVM, which halts at the given
 * point as a SIGKILL would leave it (no finally blocks, no shutdown hooks).
 */
@Tag("slow")
class KilledCommitTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"journal", "renaming", "applied"})
    void theNextBuildFinishesACommitKilledAfterItsJournal(String point) throws Exception {
        TestSite site = TestSite.minimal(dir.resolve("killed"));
        TestSite clean = TestSite.minimal(dir.resolve("clean"));
        for (int i = 0; i < 40; i++) {
            site.write("content/releases/r" + i + ".md", release(i, "正文。"));
        }
        assertTrue(site.build().ok());
        Map<String, String> old = TestSite.digest(site.output());
        // one release changed, one removed, one added: files to move, to remove and to create
        site.write("content/releases/r1.md", release(1, "新的正文。"));
        Files.delete(site.root().resolve("content/releases/r2.md"));
        site.write("content/releases/r40.md", release(40, "新增的通报。"));

        int exit = buildHaltingAt(site.root(), point, dir.resolve(point + ".log"));

        assertEquals(137, exit, () -> "the build halts at " + point + ": " + read(dir.resolve(point + ".log")));
        Path journal = site.output().resolveSibling(".site.journal");
        assertTrue(Files.exists(journal), "killed after its journal was written, the build leaves it");
        if (point.equals("journal")) {
            assertEquals(old, TestSite.digest(site.output()), "no file moved before the kill");
        } else {
            assertNotEquals(old, TestSite.digest(site.output()), "files moved before the kill");
        }

        if (point.equals("renaming")) {
            Build.finishCommit(site.output()); // what disclose serve does first: it builds elsewhere
            assertFalse(Files.exists(journal), "the commit was finished before any build");
        }
        BuildResult next = site.build();

        assertTrue(next.ok(), next.diagnostics()::toString);
        assertTrue(next.upToDate(), "the finished commit made the site the one this content gives");
        assertFalse(Files.exists(journal), "the journal is removed once carried out");
        assertEquals(List.of(), siblings(site.root()), "nothing is left beside the site");
        for (int i = 0; i <= 40; i++) {
            if (i != 2) {
                clean.write("content/releases/r" + i + ".md", release(i, i == 1 ? "新的正文。"
                        : i == 40 ? "新增的通报。" : "正文。"));
            }
        }
        assertTrue(clean.build().ok());
        assertEquals(withoutBuildTime(TestSite.digest(clean.output())), withoutBuildTime(TestSite.digest(site.output())),
                "the site is the new one, whole, as a build without a kill makes it");
        assertFalse(site.exists("releases/r2/index.html"));
    }

    private static String release(int i, String body) {
        return "---\ntitle: 第" + i + "号通报\ndate: 2023-05-" + String.format("%02d", 1 + i % 28) + "\n---\n\n"
                + body + "\n";
    }

    /** The site's files but the two that hold when it was built (the manifest) and from what (the marker). */
    private static Map<String, String> withoutBuildTime(Map<String, String> digest) {
        Map<String, String> files = new TreeMap<>(digest);
        files.remove(SiteAddresses.MANIFEST);
        files.remove(SiteMarker.MARKER);
        return files;
    }

    /** Runs {@code disclose build} in its own JVM, halting at {@code point} of the commit; its exit status. */
    private static int buildHaltingAt(Path root, String point, Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process build = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8",
                "-Ddisclose.test.haltAt=" + point, "-cp", System.getProperty("java.class.path"),
                "org.disclose.cli.Main", "build", "--root", root.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(120, TimeUnit.SECONDS)) {
            build.destroyForcibly();
            throw new AssertionError("the build did not end within 120 s: " + read(log));
        }
        return build.exitValue();
    }

    private static List<String> siblings(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
