package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate for changes that must not change what a build publishes: the demo site, file by file, against the digest
 * stored in {@code src/test/resources/demo-site.digest}. Left out: the build time in {@code manifest.json}, the
 * build's own record ({@code .disclose-site}, which names the code), and the bytes of each {@code .gz} file, which
 * is compared by its content instead (a newer zlib may compress the same text differently).
 *
 * <p>A change that is meant to change the demo regenerates the file with
 * {@code mvn test -Dtest=DemoDigestTest -Ddisclose.digest.update=true} and says in its note what changed.
 */
class DemoDigestTest {

    static final Path STORED = TestSite.PROJECT.resolve("src/test/resources/demo-site.digest");

    @Test
    void theDemoSiteIsExactlyAsRecorded(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.demo(dir);
        BuildResult result = site.build();
        assertTrue(result.ok(), () -> "the demo must build: " + result.diagnostics());
        Map<String, String> now = digest(site.output());
        if (Boolean.getBoolean("disclose.digest.update")) {
            StringBuilder s = new StringBuilder();
            now.forEach((file, sum) -> s.append(sum).append(' ').append(file).append('\n'));
            Files.writeString(STORED, s.toString());
        }
        Map<String, String> stored = new TreeMap<>();
        for (String line : Files.readAllLines(STORED)) {
            int space = line.indexOf(' ');
            stored.put(line.substring(space + 1), line.substring(0, space));
        }
        List<String> differences = new ArrayList<>();
        stored.forEach((file, sum) -> {
            if (!now.containsKey(file)) {
                differences.add("gone:    " + file);
            } else if (!now.get(file).equals(sum)) {
                differences.add("changed: " + file);
            }
        });
        now.keySet().stream().filter(f -> !stored.containsKey(f)).forEach(f -> differences.add("new:     " + f));
        assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())), () -> differences.size()
                + " of " + now.size() + " files differ from " + TestSite.PROJECT.relativize(STORED)
                + "; if the change is meant, regenerate it (see DemoDigestTest) and say what changed");
    }

    /** Every published file by its digest, as the class comment says. */
    static Map<String, String> digest(Path site) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String file = site.relativize(p).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(p);
                if (file.equals(".disclose-site")) {
                    continue;
                }
                if (file.endsWith(".gz")) {
                    byte[] plain = gunzip(bytes);
                    byte[] original = Files.readAllBytes(p.resolveSibling(p.getFileName().toString()
                            .replaceFirst("\\.gz$", "")));
                    assertTrue(Arrays.equals(plain, original), () -> file + " does not hold its file's content");
                    continue;
                }
                if (file.equals("manifest.json")) {
                    bytes = String.join("\n", new String(bytes, StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.contains(".gz\""))
                            .map(l -> l.replaceFirst("\"builtAt\": \"[^\"]*\"", "\"builtAt\": \"\""))
                            .toList()).getBytes(StandardCharsets.UTF_8);
                }
                sums.put(file, sha(bytes));
            }
        }
        return sums;
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
