package org.disclose.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeMap;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * The one rule for every file a build reads: its real path, with every symbolic link on the way resolved, lies inside
 * one of a few folders, the read roots: {@code content/} for content, the folders of the theme chain for a theme.
 * A link that stays inside is followed; one that leads out, nowhere, or round in a loop is a located error, so that
 * nothing from elsewhere on the disk (a {@code content/cases/x -> /}, a partial linked to {@code /etc/passwd}) can
 * reach the public site. Readers ask here and then read the real path they are given.
 */
public final class ReadRoots {

    private final Path site;
    private final List<Path> roots;
    private final String where;
    private final String advice;
    /** Real paths of the folders files were admitted from, each resolved once: most files are plain files. */
    private final Map<Path, Optional<Path>> realFolders = new ConcurrentHashMap<>();

    /**
     * @param site   the site folder, absolute and normalised: files are named relative to it in messages
     * @param roots  real paths of the folders files may come from
     * @param where  how messages name those folders ({@code content/})
     * @param advice what to do instead of a link that leads out
     */
    public ReadRoots(Path site, List<Path> roots, String where, String advice) {
        this.site = site;
        this.roots = List.copyOf(roots);
        this.where = where;
        this.advice = advice;
    }

    /** The roots of content: {@code content/} itself (which may be a link: what it leads to is the content). */
    public static ReadRoots content(Path site) {
        Path abs = site.toAbsolutePath().normalize();
        Path content = abs.resolve("content");
        return new ReadRoots(abs, List.of(RealPaths.orItself(content)), "content/",
                "copy the file into content/ instead");
    }

    /** How a file is named in messages: relative to the site, with forward slashes. */
    public String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(site) ? site.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** Whether a real path lies inside one of the roots. */
    public boolean contains(Path real) {
        return roots.stream().anyMatch(real::startsWith);
    }

    /** {@link #admit(Path, SourcePos, Diagnostics)} reported at the file itself. */
    public Optional<Path> admit(Path file, Diagnostics diagnostics) {
        return admit(file, SourcePos.file(shown(file)), diagnostics);
    }

    /**
     * The real path of {@code file} when it lies inside a root; otherwise empty, after an error at {@code at}. A file
     * that does not exist at all is left to the caller to report (it knows what was expected there).
     */
    public Optional<Path> admit(Path file, SourcePos at, Diagnostics diagnostics) {
        Path plain = plain(file);
        if (plain != null) {
            return Optional.of(plain);
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                diagnostics.error(at, shown(file) + " is a symbolic link that leads nowhere: " + advice);
            }
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(at, problem(file, e));
            return Optional.empty();
        }
        if (!contains(real)) {
            diagnostics.error(at, shown(file) + " leads outside " + where + " through a symbolic link (to " + real
                    + "): not followed; " + advice);
            return Optional.empty();
        }
        long names = HardLinks.names(real);
        if (names > 1) {
            diagnostics.error(at, shown(file) + " is a hard link (one of " + names + " names of the same file), "
                    + "which may be a file from anywhere on the disk: not read; " + advice);
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /**
     * The real path of {@code file} when it is a plain file: a regular file, not a link, with one name, in a folder
     * whose real path lies inside a root; then it is that folder's real path and the file's name. One system call
     * (and one resolution per folder) instead of resolving every part of the path. Null for anything else, which
     * {@link #admit} checks in full.
     */
    private Path plain(Path file) {
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent == null || !abs.normalize().equals(abs)) {
            return null;
        }
        try {
            Map<String, Object> a = Files.readAttributes(abs, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
            if (((Integer) a.get("mode") & 0170000) != 0100000 || ((Number) a.get("nlink")).longValue() != 1) {
                return null;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
        Path real = realFolders.computeIfAbsent(parent, RealPaths::of).map(f -> f.resolve(abs.getFileName()))
                .orElse(null);
        return real != null && contains(real) ? real : null;
    }

    /**
     * Every regular file below {@code folder} by its path relative to it ({@code img/logo.svg}), with the real path
     * to read, in name order. Links are followed only as far as they stay inside the roots: a folder that leads out is
     * reported and not entered (so a link to {@code /} costs nothing), and a loop is reported, not walked for ever.
     */
    public Map<String, Path> files(Path folder, Diagnostics diagnostics) {
        Map<String, Path> found = new TreeMap<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        if (admit(folder, diagnostics).isEmpty() || !Files.isDirectory(folder)) {
            return found;
        }
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                            return dir.equals(folder) || admit(dir, diagnostics).isPresent()
                                    ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                            if (a.isRegularFile()) {
                                admit(file, diagnostics).ifPresent(real -> found.put(
                                        folder.relativize(file).toString().replace('\\', '/'), real));
                            } else if (a.isSymbolicLink()) {
                                admit(file, diagnostics); // a link the walk could not follow: a loop, or to nowhere
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            diagnostics.error(SourcePos.file(shown(file)), problem(file, e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            diagnostics.error(SourcePos.file(shown(folder)), "cannot list folder: " + e.getMessage());
        }
        return found;
    }

    private String problem(Path file, IOException e) {
        if (RealPaths.isLoop(e)) {
            return shown(file) + " is a symbolic link in a loop: remove the link, or " + advice;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot read " + shown(file) + ": " + f.getReason();
        }
        return "cannot read " + shown(file) + ": " + e.getMessage();
    }
}
