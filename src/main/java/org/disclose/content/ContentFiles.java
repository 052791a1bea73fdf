package org.disclose.content;

import org.disclose.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import org.disclose.privacy.PersonalDataGuard;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.files.ReadRoots;

/**
 * Finds an author's files under {@code content/}. Listing is sorted so that every build sees the same order, and every
 * file is read only when its real path lies inside {@code content/} ({@link ReadRoots}): a symbolic link that leads
 * outside, nowhere or round in a loop is reported and skipped rather than followed.
 */
public final class ContentFiles {

    private final Path root;
    private final Path content;
    private final ReadRoots roots;
    private final PersonalDataGuard guard;
    /** Every file {@link #list} named, used or refused: what the build reads ({@link UnreadFiles}). */
    private final java.util.Set<Path> listed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public ContentFiles(Path root, PersonalDataGuard guard) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.content = this.root.resolve("content");
        this.roots = ReadRoots.content(this.root);
        this.guard = guard;
    }

    /**
     * The text of an author's file: strict UTF-8, refused when it is a link leading out of content/, and scanned for
     * personal data that must not be published. Empty (after reporting) when it cannot be used.
     */
    public Optional<String> text(Path file, Diagnostics diagnostics) {
        String shown = shown(file);
        Optional<Path> real = roots.admit(file, diagnostics);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = SourceText.read(real.get(), shown, diagnostics);
        text.ifPresent(t -> guard.scan(t, SourcePos.file(shown), diagnostics));
        return text;
    }

    /**
     * The real path of a file named by content (an image beside a case), when it lies inside content/; empty after an
     * error at {@code at} when a link leads it out.
     */
    public Optional<Path> admit(Path file, SourcePos at, Diagnostics diagnostics) {
        return roots.admit(file, at, diagnostics);
    }

    public PersonalDataGuard guard() {
        return guard;
    }

    /** A file directly under content/, such as rounds.yaml. */
    public Path file(String name) {
        return content.resolve(name);
    }

    public Path root() {
        return root;
    }

    /** How a file is named in diagnostics: relative to the site root, with forward slashes. */
    public String shown(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The regular files directly in {@code content/<folder>} whose names end with one of the extensions. Their names
     * are scanned for personal data: a file's name becomes its page's address.
     */
    public List<Path> list(String folder, Diagnostics diagnostics, String... extensions) {
        Path dir = content.resolve(folder);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || roots.admit(dir, diagnostics).isEmpty()
                || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files
                    .filter(p -> hasExtension(p, extensions))
                    .peek(listed::add)
                    .filter(p -> isRegularFileInside(p, diagnostics))
                    .sorted()
                    .collect(Collectors.toList());
            found.forEach(p -> guard.scanName(shown(p), diagnostics));
            return found;
        } catch (IOException e) {
            diagnostics.error(SourcePos.file(shown(dir)), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    java.util.Set<Path> listed() {
        return listed;
    }

    private static boolean hasExtension(Path p, String... extensions) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_") || name.startsWith("~$") || name.endsWith("~")) {
            return false; // editor backups and hidden files are never content
        }
        for (String ext : extensions) {
            if (name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a file listed in a folder already checked is a regular file to read: one look at the entry itself,
     * then, only for a symbolic link, where it leads (a preview lists thousands of files on every save).
     */
    private boolean isRegularFileInside(Path p, Diagnostics diagnostics) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false; // gone since it was listed
        }
        if (a.isSymbolicLink()) {
            return roots.admit(p, diagnostics).isPresent() && Files.isRegularFile(p);
        }
        return a.isRegularFile();
    }
}
