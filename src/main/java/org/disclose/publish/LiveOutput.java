package org.disclose.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Updates a preview folder in place, file by file, while it is being served: each file is written beside its place
 * and renamed over it, so a request never reads half a page. Only for the preview server's own temporary folder; a
 * published site is always replaced whole ({@link StagedOutput}). Every path is checked to stay inside the folder.
 */
public final class LiveOutput {

    private final Path folder;

    public LiveOutput(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        Files.createDirectories(this.folder);
    }

    private Path resolve(String sitePath) {
        Path p = folder.resolve(sitePath).normalize();
        if (!p.startsWith(folder) || p.equals(folder)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + sitePath);
        }
        return p;
    }

    public void write(String sitePath, byte[] bytes) {
        Path p = resolve(sitePath);
        Path next = p.resolveSibling("." + p.getFileName() + ".writing");
        try {
            Files.createDirectories(p.getParent());
            Files.write(next, bytes);
            try {
                Files.move(next, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, p, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file the site no longer has, and its folder when that is left empty. */
    public void delete(String sitePath) {
        Path p = resolve(sitePath);
        try {
            Files.deleteIfExists(p);
            if (!p.getParent().equals(folder)) {
                Files.deleteIfExists(p.getParent());
            }
        } catch (DirectoryNotEmptyException e) {
            // other files are still there
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
