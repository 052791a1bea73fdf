package org.disclose.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.disclose.config.SiteConfig;
import org.disclose.config.SiteConfigReader;
import org.disclose.diag.Diagnostics;
import org.disclose.files.RealPaths;

/**
 * A fingerprint of everything a build reads: every file under content/ and themes/ (name, size, modification time;
 * links followed only where a build may read, see {@link #listing}),
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
            List<Path> readable = readable(root, trusted(options));
            for (String folder : List.of("content", "themes")) {
                for (String line : listing(root.resolve(folder), root, readable)) {
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
    static String theme(Path root, List<Path> trusted) {
        try {
            return String.join("", listing(root.resolve("themes"), root, readable(root, trusted)));
        } catch (IOException e) {
            return "themes: unknown " + System.nanoTime();
        }
    }

    /**
     * The folders a build may read from (content/, the site's own themes/, the trusted theme folders): the listing
     * follows links only into these, so a link to / costs nothing and nothing outside is even looked at.
     */
    private static List<Path> readable(Path root, List<Path> trusted) {
        List<Path> readable = new ArrayList<>(trusted);
        readable.add(RealPaths.orItself(root.resolve("content")));
        readable.add(RealPaths.orItself(root).resolve("themes"));
        return readable;
    }

    /** The trusted theme folders site.yaml names, read on their own (the build reads and reports the settings). */
    private static List<Path> trusted(BuildOptions options) {
        return SiteConfigReader.read(options.root(), options.baseUrl(), new Diagnostics())
                .map(SiteConfig::trustedThemeFolders).orElse(List.of());
    }

    /**
     * Every file below {@code folder}, one line each with its name, size and modification time, sorted. A link is
     * followed only when it leads inside {@code readable}: a theme shared by several sites is often a link to a
     * common folder, and what it holds counts, not the link. A link elsewhere or in a loop is one line, by name.
     */
    private static List<String> listing(Path folder, Path root, List<Path> readable) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                        if (!leadsInside(dir)) {
                            lines.add(root.relativize(dir) + "\tlink out\n");
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        lines.add(root.relativize(dir) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis() + "\n");
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                        lines.add(root.relativize(file) + (leadsInside(file) ? "\t" + a.size() + "\t"
                                + a.lastModifiedTime().toMillis() : "\tlink out") + "\n");
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // a link in a loop, a file gone while listing: the build reports it
                        lines.add(root.relativize(file) + "\tunreadable\n");
                        return FileVisitResult.CONTINUE;
                    }

                    private boolean leadsInside(Path p) {
                        return !Files.isSymbolicLink(p) && !p.equals(folder)
                                || RealPaths.of(p).filter(real -> readable.stream().anyMatch(real::startsWith))
                                .isPresent();
                    }
                });
        Collections.sort(lines);
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
                return String.join("", listing(code, code, List.of(RealPaths.orItself(code))));
            }
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            return code + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }
}
