package org.disclose;

import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file from outside the site reaches it: every file a build reads (content, sidecars, case images, site.yaml, the
 * theme's layouts, partials, assets, strings and theme.yaml, parent themes) must really lie inside content/ or a
 * folder of the theme chain. Each attack of the tests that extend this is a real symbolic link to a file or folder
 * elsewhere that holds a marker; the build must fail with an error at the link, and no published file may hold the
 * marker.
 */
abstract class OutsideFiles {

    /** What the files outside hold: it must never be published. */
    static final String SECRET = "SECRET-FROM-OUTSIDE-7f3a";
    /** A real PNG (a build publishes only images it can decode) that carries the secret in a text chunk. */
    static final byte[] PNG = pngWithText(SECRET);
    static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    protected Path dir;
    /** Somewhere else on the disk. */
    @TempDir
    protected Path outside;

    TestSite site;

    @BeforeEach
    void outsideFiles() throws IOException {
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: " + SECRET + "\ndate: 2023-05-10\n---\n\n"
                + SECRET + "\n");
        Files.writeString(outside.resolve("secret.mustache"), "<p>" + SECRET + "</p>\n");
        Files.writeString(outside.resolve("secret.css"), "body{content:'" + SECRET + "'}\n");
        Files.writeString(outside.resolve("secret.yaml"), "title: " + SECRET + "\nbaseUrl: https://x.example/\n");
        Files.write(outside.resolve("secret.png"), PNG);
        Files.createDirectories(outside.resolve("pics"));
        Files.write(outside.resolve("pics/secret.png"), PNG);
        site = TestSite.minimal(dir).write("content/rounds.yaml", """
                - id: round2
                  name: 第二轮中央生态环境保护督察
                  stationedFrom: 2021-08-25
                  stationedTo: 2021-09-26
                  feedbackDate: 2021-12-12
                """);
        BuildResult base = site.build();
        assertTrue(base.ok(), base.diagnostics()::toString);
    }

    Path at(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return p;
    }

    void link(String relative, Path target) throws IOException {
        Path p = at(relative);
        if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(p);
        }
        Files.createSymbolicLink(p, target);
    }

    static String caseWithImage(String path) {
        return "---\ntitle: 某案例\nround: round2\nstatus: 持续推进\nimages:\n  - path: " + path
                + "\n    alt: 现场照片\n---\n\n正文。\n";
    }

    /** The build fails with an error at {@code where}, and nothing published holds the secret. */
    BuildResult refused(String where) {
        BuildResult r = assertTimeoutPreemptively(LIMIT, () -> site.build());
        assertFalse(r.ok(), "a link out of the site must stop the build: " + r.diagnostics());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR
                && d.pos().path().startsWith(where)), "an error at " + where + ": " + r.diagnostics());
        assertNothingPublished();
        return r;
    }

    void assertNothingPublished() {
        assertNothingPublished(site.output());
    }

    static void assertNothingPublished(Path output) {
        if (!Files.isDirectory(output)) {
            return;
        }
        try (Stream<Path> files = Files.walk(output)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertNotContains(text, SECRET, f + " holds a file from outside the site");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).reduce("", (a, b) -> a + b + "\n");
    }

    static void copyTree(Path from, Path to) {
        TestSite.copyTree(from, to);
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.isSymbolicLink(p) || !Files.isDirectory(p)) {
            Files.delete(p);
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }

    private static byte[] pngWithText(String text) {
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            byte[] plain = png.toByteArray();
            byte[] data = ("Comment\0" + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
            chunk.putInt(data.length).put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(chunk.array(), 4, 4 + data.length);
            chunk.putInt((int) crc.getValue());
            int afterHeader = 8 + 25; // the signature, then IHDR: length, type, 13 bytes, CRC
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(plain, 0, afterHeader);
            out.write(chunk.array());
            out.write(plain, afterHeader, plain.length - afterHeader);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
