package org.disclose.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of everything a build reads: every file under content/ and themes/ (name, size, modification time),
 * the build's switches, and the generator itself. When it matches the one recorded in the current site, the site is
 * already exactly what this build would write, and nothing needs doing.
 */
final class BuildInputs {

    private BuildInputs() {
    }

    static String fingerprint(BuildOptions options) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path root = options.root().toAbsolutePath().normalize();
            for (String folder : List.of("content", "themes")) {
                for (String line : listing(root.resolve(folder), root)) {
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                }
            }
            sha.update(("options " + options.drafts() + options.future() + options.baseUrl() + options.strict()
                    + options.today()).getBytes(StandardCharsets.UTF_8));
            sha.update(generator().getBytes(StandardCharsets.UTF_8));
            return "inputs: " + HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "inputs: unknown " + System.nanoTime(); // never matches: build in full
        }
    }

    /** The theme folder's files by name, size and modification time. */
    static String theme(Path root) {
        try {
            return String.join("", listing(root.resolve("themes"), root));
        } catch (IOException e) {
            return "themes: unknown " + System.nanoTime();
        }
    }

    private static List<String> listing(Path folder, Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        // A theme shared by several sites is often a link to a common folder: what it holds counts, not the link.
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                lines.add(root.relativize(p) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis() + "\n");
            }
        } catch (java.io.UncheckedIOException e) { // a link in a loop, a file gone while listing
            throw e.getCause();
        }
        return lines;
    }

    /**
     * The code that built a site. Files are kept from a previous build only when the same code made them: a new
     * version may write the same page differently (or compress it differently).
     */
    static String code() {
        try {
            return "code: " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(generator().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "code: unknown " + System.nanoTime();
        }
    }

    /** The code that builds: a new jar or changed classes must rebuild the site. */
    private static String generator() throws IOException {
        try {
            Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) { // compiled classes (tests, an IDE): recompiling leaves the folder as it was
                return String.join("", listing(code, code));
            }
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            return code + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }
}
