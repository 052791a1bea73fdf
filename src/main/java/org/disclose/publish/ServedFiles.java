package org.disclose.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a file of a folder that may be served while it changes takes its place and leaves it: renamed over the old one
 * in one step, so that a request never reads half a file, and removed with the folders it leaves empty. For the site's
 * in-place commit ({@link SiteJournal}) and the preview's folder ({@link LiveOutput}).
 */
final class ServedFiles {

    private ServedFiles() {
    }

    /**
     * Renames {@code from} over {@code to}, making {@code to}'s folder when it has none (only then: one system call
     * for a file whose folder exists).
     *
     * @throws NoSuchFileException when {@code from} is not there
     */
    static void place(Path from, Path to) throws IOException {
        try {
            rename(from, to);
        } catch (NoSuchFileException e) {
            Files.createDirectories(to.getParent());
            rename(from, to);
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes {@code file} of {@code folder}, if there, and the folders inside {@code folder} that leaves empty. */
    static void remove(Path folder, Path file) {
        try {
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); !dir.equals(folder); dir = dir.getParent()) {
                Files.deleteIfExists(dir);
            }
        } catch (DirectoryNotEmptyException e) {
            // other files are still there
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
