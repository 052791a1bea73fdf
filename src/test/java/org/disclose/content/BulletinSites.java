package org.disclose.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;

/**
 * The example sites of {@code src/test/resources/figures/}, written into a test's folder, with an error planted by
 * replacing one text of one file, and built: what they report, each diagnostic as printed.
 */
final class BulletinSites {

    private static final Path EXAMPLES = TestSite.PROJECT.resolve("src/test/resources/figures");

    private BulletinSites() {
    }

    static TestSite site(Path dir, String example) {
        TestSite site = TestSite.minimal(dir);
        Path from = EXAMPLES.resolve(example);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                site.write(from.relativize(p).toString().replace('\\', '/'), Files.readString(p,
                        StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** Replaces {@code text}, which must occur exactly once, in {@code file} of the site. */
    static TestSite plant(TestSite site, String file, String text, String planted) {
        try {
            Path p = site.root().resolve(file);
            String s = Files.readString(p, StandardCharsets.UTF_8);
            if (s.indexOf(text) < 0 || s.indexOf(text) != s.lastIndexOf(text)) {
                throw new AssertionError("'" + text + "' is not in " + file + " exactly once");
            }
            return site.write(file, s.replace(text, planted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> build(TestSite site) {
        return site.build().diagnostics().stream().map(Diagnostic::toString).toList();
    }
}
