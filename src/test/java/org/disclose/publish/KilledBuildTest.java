package org.disclose.publish;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.disclose.render.SiteAddresses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle of writing (power cut, OOM killer, an impatient operator) must leave the
 * published site exactly as the previous build made it, and the next build must succeed and clear what the killed one
 * left behind. The build runs in a separate JVM, started as {@code disclose build} is, so that nothing of it can run
 * after the kill (no finally blocks, no shutdown hooks).
 */
@Tag("slow")
class KilledBuildTest {

    /** How long any one wait may take before the test gives up with a message (never a timing assertion). */
    private static final long WAIT_MILLIS = 120_000;
    /** Files the staging folder must hold before the kill, so that the build is caught in the middle of writing. */
    private static final int FILES_BEFORE_KILL = 20;

    @TempDir
    Path dir;

    @Test
    void killedBuildLeavesThePreviousSiteAndTheNextBuildClearsUp() throws Exception {
        Path root = dir.resolve("root");
        TestSite site = TestSite.demo(root);
        int generated = 0;
        BuildResult first = site.build();
        assertTrue(first.ok(), () -> "the first build must succeed: " + first.diagnostics());
        Map<String, String> before = TestSite.digest(site.output());
        assertTrue(before.size() > 1000, "a site large enough to take a while to write: " + before.size() + " files");

        Killed killed = null;
        for (int attempt = 1; attempt <= 3 && killed == null; attempt++) {
            // many new releases: the build is not skipped as up to date, and has thousands of pages to render and
            // hundreds to write, which takes seconds; it is killed as soon as it has written a few
            generated = addReleases(root, generated, 300 * attempt);
            killed = buildAndKill(root, dir.resolve("build-" + attempt + ".log"));
            if (killed == null) {
                // it finished before it could be caught writing: that site is now the one to keep
                before = TestSite.digest(site.output());
            }
        }
        if (killed == null) {
            fail("three builds, each larger, finished before their staging folder held " + FILES_BEFORE_KILL
                    + " files: this machine is too fast for the test's site; add releases");
        }

        // the published site is the previous build, byte for byte, and complete
        Map<String, String> afterKill = TestSite.digest(site.output());
        assertEquals(before, afterKill, "the killed build changed the published site");
        assertComplete(site.output(), afterKill);
        List<String> leftovers = siblings(root, ".site.");
        assertContains(leftovers, killed.staging().getFileName().toString(),
                "the killed build's staging folder is still there (nothing could remove it)");
        assertTrue(leftovers.stream().allMatch(n -> n.startsWith(".site.staging-")),
                () -> "a kill while writing leaves only a staging folder, never a retired site: " + leftovers);

        // the next build succeeds, publishes the new content and removes what the killed build left
        BuildResult next = site.build();
        assertTrue(next.ok(), () -> "the build after the kill must succeed: " + next.diagnostics());
        assertEquals(List.of(), siblings(root, ".site."), "the leftover staging folder is removed");
        Map<String, String> rebuilt = TestSite.digest(site.output());
        assertComplete(site.output(), rebuilt);
        assertTrue(rebuilt.containsKey("releases/gen-" + (generated - 1) + "/index.html"),
                "the rebuilt site has the releases added before the kill");
        assertNotEquals(before, rebuilt);
    }

    /** A build caught in the middle of writing, and the staging folder it was writing. */
    private record Killed(Path staging) {
    }

    /**
     * Starts {@code disclose build} in its own JVM, waits until its staging folder holds files and kills it with
     * SIGKILL. Empty (null) when the build finished first.
     */
    private static Killed buildAndKill(Path root, Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process build = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "org.disclose.cli.Main", "build", "--root", root.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                Optional<Path> staging = staging(root);
                if (staging.isPresent() && files(staging.get()) >= FILES_BEFORE_KILL) {
                    build.destroyForcibly(); // SIGKILL on Linux and macOS
                    assertTrue(build.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the killed build did not end");
                    if (build.exitValue() == 0) {
                        return null; // it committed between the look and the kill
                    }
                    assertEquals(137, build.exitValue(), () -> "killed by SIGKILL (128 + 9); output: " + tail(log));
                    return new Killed(staging.get());
                }
                if (!build.isAlive()) {
                    assertEquals(0, build.exitValue(), () -> "the build failed on its own: " + tail(log));
                    return null;
                }
                Thread.sleep(2);
            }
            fail("the build neither wrote " + FILES_BEFORE_KILL + " files nor ended within " + WAIT_MILLIS
                    + " ms; output: " + tail(log));
            return null;
        } finally {
            if (build.isAlive()) {
                build.destroyForcibly();
                build.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Adds {@code count} releases, each with the demo release's body, numbered from {@code from}. */
    private static int addReleases(Path root, int from, int count) throws IOException {
        String demo = Files.readString(TestSite.PROJECT.resolve(
                "content/releases/2023-05-10-jilin-second-round-progress.md"), StandardCharsets.UTF_8);
        String body = demo.substring(demo.indexOf("\n---\n", 4) + 5);
        for (int i = from; i < from + count; i++) {
            Files.writeString(root.resolve("content/releases/gen-" + i + ".md"), "---\ntitle: 生成的进展第" + i
                    + "号\ndate: 2022-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28) + "\nround: round2\n"
                    + "tags: [生成]\n---\n\n" + body, StandardCharsets.UTF_8);
        }
        return from + count;
    }

    private static Optional<Path> staging(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).findFirst();
        }
    }

    /** Regular files under {@code dir} so far; the build may be creating and renaming folders meanwhile. */
    private static long files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).limit(FILES_BEFORE_KILL).count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a folder vanished under the walk (the commit renamed it): look again
        }
    }

    private static List<String> siblings(Path root, String prefix) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    private static final Pattern ENTRY = Pattern.compile(
            "\\{\"path\": \"((?:[^\"\\\\]|\\\\.)*)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"}");

    /**
     * The site is whole: every file its manifest lists is there with the listed digest, and it has nothing else
     * besides the manifest and the build marker.
     */
    private static void assertComplete(Path site, Map<String, String> digest) throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "index.html");
        assertTrue(Files.isRegularFile(site.resolve(SiteMarker.MARKER)), SiteMarker.MARKER);
        Map<String, String> actual = new TreeMap<>(digest);
        Matcher m = ENTRY.matcher(Files.readString(site.resolve(SiteAddresses.MANIFEST)));
        List<String> problems = new ArrayList<>();
        int listed = 0;
        while (m.find()) {
            listed++;
            String path = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            String sha = actual.remove(path);
            if (!m.group(3).equals(sha)) {
                problems.add(path + (sha == null ? " is missing" : " differs from the manifest"));
            }
        }
        actual.remove(SiteAddresses.MANIFEST);
        actual.remove(SiteMarker.MARKER);
        actual.keySet().forEach(extra -> problems.add(extra + " is not in the manifest"));
        assertTrue(listed > 1000, "the manifest lists the site's files: " + listed);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), "the site is not whole");
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log, StandardCharsets.UTF_8);
            return s.length() > 4000 ? "..." + s.substring(s.length() - 4000) : s;
        } catch (NoSuchFileException e) {
            return "(no output)";
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
