package org.disclose.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code disclose init DIR}: a new site with one small, valid example of every kind of content, all marked as
 * examples (示例), and a copy of the default theme, so that it builds clean at once and each file shows how its kind
 * is written. The examples' figures agree with each other, as the build checks.
 *
 * <p>The theme is copied from {@code themes/default} of the Disclose installation that runs (found beside the jar or
 * the classes folder: {@code target/disclose.jar} → {@code themes/default}), or from the folder the author names.
 */
public final class SiteInit {

    /** The example site, as resources of this class (under {@code site/}). */
    static final List<String> FILES = List.of(
            "content/site.yaml",
            "content/rounds.yaml",
            "content/releases/2024-06-30-progress.md",
            "content/pages/about.md",
            "content/pages/statement.md",
            "content/pages/contact.md",
            "content/tasks/tasks.yaml",
            "content/cases/1-example.md",
            "content/accountability.yaml",
            "content/indicators/environment.yaml",
            "content/complaints/batch-01.csv",
            "content/complaints/batch-01.yaml",
            // an example theme for a site published as a column (专栏) of a department's website
            "themes/column/theme.yaml",
            "themes/column/partials/host-header.mustache",
            "themes/column/partials/host-footer.mustache",
            "themes/column/partials/head-extra.mustache",
            "themes/column/assets/host.css");

    private SiteInit() {
    }

    /**
     * Creates the site in {@code dir}, which must not exist or be empty. Returns the files written, relative to it.
     *
     * @param themeFrom the theme folder to copy as {@code themes/default}; null for the installation's own
     */
    public static List<String> create(Path dir, Path themeFrom) throws ScaffoldException {
        Path target = dir.toAbsolutePath().normalize();
        Path theme = themeFrom != null ? themeFrom.toAbsolutePath().normalize() : defaultTheme().orElseThrow(
                () -> new ScaffoldException("cannot find the default theme beside this Disclose (looked for "
                        + "themes/default near " + codeLocation().map(Path::toString).orElse("the running code")
                        + "): give --theme-from DIR, e.g. --theme-from ~/disclose/themes/default"));
        if (!Files.isRegularFile(theme.resolve("layouts/base.mustache"))) {
            throw new ScaffoldException(theme + " is not a theme folder (it has no layouts/base.mustache)");
        }
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ScaffoldException(target + " exists and is not a folder");
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                    if (entries.iterator().hasNext()) {
                        throw new ScaffoldException(target + " is not empty: give a new folder, so that nothing in it "
                                + "is overwritten");
                    }
                }
            }
            List<String> written = new ArrayList<>();
            for (String name : FILES) {
                write(target.resolve(name), resource("site/" + name));
                written.add(name);
            }
            write(target.resolve(".gitignore"), resource("site/gitignore"));
            written.add(".gitignore");
            written.addAll(copyTree(theme, target.resolve("themes/default"), target));
            return written;
        } catch (IOException e) {
            throw new ScaffoldException("cannot create the site in " + target + ": " + e.getMessage());
        }
    }

    /** {@code themes/default} of the installation that runs: beside the jar, or above the classes folder. */
    public static Optional<Path> defaultTheme() {
        Optional<Path> code = codeLocation();
        Path p = code.orElse(null);
        for (int up = 0; p != null && up < 4; up++, p = p.getParent()) {
            Path theme = p.resolve("themes/default");
            if (Files.isRegularFile(theme.resolve("layouts/base.mustache"))) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(SiteInit.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SiteInit.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    /** Copies a theme's regular files and folders; links and editor leftovers are not copied. */
    private static List<String> copyTree(Path from, Path to, Path site) throws IOException {
        List<String> copied = new ArrayList<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && !name.startsWith(".") && !name.endsWith("~")) {
                    Path dest = to.resolve(from.relativize(file).toString());
                    Files.copy(file, dest);
                    copied.add(site.relativize(dest).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return copied;
    }
}
