package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import org.disclose.check.PersonalDataGuard;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Finds an author's files under {@code content/}. Listing is sorted so that every build sees the same order, and a
 * symbolic link that leads outside the content folder is reported and skipped rather than followed.
 */
public final class ContentFiles {

    private final Path root;
    private final Path content;
    private final Path realContent;
    private final PersonalDataGuard guard;

    public ContentFiles(Path root, PersonalDataGuard guard) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.content = this.root.resolve("content");
        this.realContent = Files.isDirectory(content) ? content.toRealPath() : content;
        this.guard = guard;
    }

    /**
     * The text of an author's file: strict UTF-8, refused when it is a link leading out of content/, and scanned for
     * personal data that must not be published. Empty (after reporting) when it cannot be used.
     */
    public Optional<String> text(Path file, Diagnostics diagnostics) {
        String shown = shown(file);
        if (!inside(file, diagnostics)) {
            return Optional.empty();
        }
        Optional<String> text = SourceText.read(file, shown, diagnostics);
        text.ifPresent(t -> guard.scan(t, SourcePos.file(shown), diagnostics));
        return text;
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
        if (!Files.isDirectory(dir) || !inside(dir, diagnostics)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files
                    .filter(p -> hasExtension(p, extensions))
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
            return inside(p, diagnostics) && Files.isRegularFile(p);
        }
        return a.isRegularFile();
    }

    private boolean inside(Path p, Diagnostics diagnostics) {
        if (!Files.isSymbolicLink(p) && !Files.isSymbolicLink(p.getParent())) {
            return true;
        }
        try {
            if (p.toRealPath().startsWith(realContent)) {
                return true;
            }
        } catch (IOException e) {
            diagnostics.error(SourcePos.file(shown(p)), "broken symbolic link: " + e.getMessage());
            return false;
        }
        diagnostics.error(SourcePos.file(shown(p)),
                "symbolic link leads outside content/: not followed; copy the file into content/ instead");
        return false;
    }
}
