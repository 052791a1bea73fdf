package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files in a folder that belongs to content (its attachments), for the preview's read cache: a release or task
 * list is read again when one of them comes, goes or changes, since its page shows their sizes and its reading scans
 * their text. Links are not followed (reading the content checks where they lead); a folder that is not there has
 * none.
 */
final class AttachmentFiles {

    /** More than any owner lists (50 each): a folder beyond it is only stamped in part. */
    private static final int MAX = 10_000;

    private AttachmentFiles() {
    }

    static List<Path> under(Path folder) {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).sorted().limit(MAX).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // changing while it is listed: the next save lists it again
        }
    }
}
