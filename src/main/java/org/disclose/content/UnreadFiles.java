package org.disclose.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Attachment;
import org.disclose.model.Release;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;

/**
 * Warns of each Markdown, YAML or CSV file under {@code content/} that no part of the build reads (docs/content.md,
 * section 1, "Which files are read"), such as a release kept as {@code releases/<name>/index.md}: ignored in silence,
 * it is a page an author believes published. What is read is known from what the readers list and what the values
 * read name, never from which files were read this time, so that a build from kept reads ({@link ReadCache}) warns
 * as a clean build does.
 */
final class UnreadFiles {

    /** The files read by their own name, directly in content/. */
    static final List<String> NAMED = List.of("site.yaml", "rounds.yaml", "accountability.yaml", CalendarReader.FILE,
            PublicationRecordReader.FILE);
    private static final List<String> KINDS = List.of(".md", ".markdown", ".yaml", ".yml", ".csv");

    private final ContentFiles files;
    private final Path content;
    /** Attachments as the owner's folder names them and as they really are, for a link among them. */
    private final Set<Path> attached = ConcurrentHashMap.newKeySet();
    private final Map<Path, Path> realFolders = new ConcurrentHashMap<>();

    UnreadFiles(ContentFiles files) {
        this.files = files;
        this.content = files.file("");
    }

    /** Notes the attachments of what was read from {@code file} (a release, a case, a list of tasks). */
    <T> Optional<T> owned(Path file, Optional<T> value) {
        value.ifPresent(v -> {
            if (v instanceof Release r) {
                attach(ReleaseReader.ownFolder(file), r.attachments());
            } else if (v instanceof TypicalCase c) {
                attach(ReleaseReader.ownFolder(file), c.attachments());
            } else if (v instanceof List<?> list) {
                list.stream().filter(t -> t instanceof Task task && task.id() != null).map(Task.class::cast)
                        .forEach(t -> attach(files.file("tasks/files/" + t.id()), t.attachments()));
            }
        });
        return value;
    }

    private void attach(Path folder, List<Attachment> attachments) {
        for (Attachment a : attachments) {
            attached.add(real(folder.resolve(a.file()).normalize()));
            attached.add(a.source());
        }
    }

    /** Warns of every file not read, at the file; call once all of content was read. */
    void report(Diagnostics diagnostics) {
        Set<Path> read = new HashSet<>(attached);
        for (Path p : files.listed()) {
            read.add(real(p));
            if (TaskLedgerReader.isLedger(p)) {
                read.add(real(ComplaintReader.sidecar(p))); // a table's facts, as complaints and ledgers have
            }
        }
        NAMED.forEach(n -> read.add(real(content.resolve(n))));
        // an owner that could not be read may list what is in its folder: say nothing of those files until it is
        boolean ownersUncertain = diagnostics.hasErrors();
        for (Path rel : candidates(read)) {
            UnreadReason.of(rel, ownersUncertain).ifPresent(why -> diagnostics.warning(
                    SourcePos.file(files.shown(content.resolve(rel.toString()))), "not read: " + why));
        }
    }

    /**
     * The files under content/ of the kinds read that are neither in {@code read} nor where a link read leads,
     * relative to content/, sorted.
     */
    private Set<Path> candidates(Set<Path> read) {
        Set<Path> found = new TreeSet<>();
        Set<Path> targets = new HashSet<>();
        Path top;
        try {
            top = content.toRealPath(); // content/ may itself be a link; no link below it is followed
        } catch (IOException e) {
            return found;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(top) || !skipped(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() && read.contains(file)) {
                        leadTo(file, targets);
                    }
                    if (!skipped(file) && isKind(file) && !read.contains(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // what cannot be looked at is reported where it is read
                }
            });
        } catch (IOException e) {
            // as above: nothing to add
        }
        found.removeAll(targets);
        return found.stream().map(top::relativize).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static void leadTo(Path link, Set<Path> targets) {
        try {
            targets.add(link.toRealPath());
        } catch (IOException e) {
            // leads nowhere: reported where it is read
        }
    }

    /** Hidden, {@code _}, Office lock ({@code ~$}) and backup ({@code ~}) names: never content, said nothing of. */
    static boolean skipped(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_") || name.startsWith("~$") || name.endsWith("~");
    }

    private static boolean isKind(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return KINDS.stream().anyMatch(name::endsWith);
    }

    /** A path with its folder's real path: a file counts by its own name, a linked folder by where it leads. */
    private Path real(Path p) {
        Path folder = p.toAbsolutePath().normalize().getParent();
        Path realFolder = realFolders.computeIfAbsent(folder, f -> {
            try {
                return f.toRealPath();
            } catch (IOException e) {
                return f;
            }
        });
        return realFolder.resolve(p.getFileName().toString());
    }
}
