package org.disclose.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.disclose.content.PublicationRecordReader;
import org.disclose.model.PublicationRecord;

/**
 * Appends a build's new entries to {@code content/published.yaml}, the one file a build writes outside its output
 * folder: one line per entry after the existing text, which is kept byte for byte; written to a temporary file beside
 * it and renamed into place, and never through a symbolic link.
 */
final class PublicationRecordFile {

    static final String HEADER = """
            # Publication record (发布记录): every page this site has published, with its 发布时间 and 索引号.
            # `disclose build` appends an entry for each page it publishes for the first time: commit this file.
            # Never change or remove an entry (docs/publishing.md, "Rules for government websites").
            """;

    private PublicationRecordFile() {
    }

    /** Why the record cannot be written, if it cannot: it is a link, or no regular file. */
    static Optional<String> problem(Path root) {
        Path file = file(root);
        if (Files.isSymbolicLink(file)) {
            return Optional.of("is a symbolic link: the build appends to the record only as a regular file in "
                    + "content/");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is not a regular file");
        }
        return Optional.empty();
    }

    static Path file(Path root) {
        return root.resolve("content").resolve(PublicationRecordReader.FILE);
    }

    /** The record's text with these entries after it. */
    static String appended(String existing, List<PublicationRecord.Entry> added) {
        StringBuilder out = new StringBuilder(existing.isEmpty() ? HEADER : existing);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        for (PublicationRecord.Entry e : added) {
            out.append("- {path: ").append(quoted(e.path())).append(", published: ").append(e.published().iso());
            if (e.indexNumber() != null) {
                out.append(", indexNumber: ").append(quoted(e.indexNumber()));
            }
            out.append("}\n");
        }
        return out.toString();
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void append(Path root, List<PublicationRecord.Entry> added) throws IOException {
        Path folder = root.resolve("content").toRealPath();
        Path target = folder.resolve(PublicationRecordReader.FILE);
        Optional<String> problem = problem(root);
        if (problem.isPresent()) {
            throw new IOException("content/" + PublicationRecordReader.FILE + " " + problem.get());
        }
        String existing = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.readString(target, StandardCharsets.UTF_8) : "";
        Path temp = Files.createTempFile(folder, ".published-", ".tmp");
        try {
            Files.writeString(temp, appended(existing, added), StandardCharsets.UTF_8);
            permissions(temp, target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The temporary file is made readable by its owner only: give it the record's permissions, or rw-r--r--. */
    private static void permissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
