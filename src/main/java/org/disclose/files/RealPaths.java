package org.disclose.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Path;
import java.util.Optional;

/** Real paths (every symbolic link resolved) of folders that may not exist, and how a link loop shows itself. */
public final class RealPaths {

    private RealPaths() {
    }

    /** The real path of {@code p}, or its absolute normalised path when it cannot be resolved (absent, a loop). */
    public static Path orItself(Path p) {
        return of(p).orElse(p.toAbsolutePath().normalize());
    }

    public static Optional<Path> of(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether resolving or walking failed because links lead round in a circle (ELOOP, or a walk's own check). */
    public static boolean isLoop(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return true;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason != null && (reason.contains("Too many levels of symbolic links") || reason.contains("ELOOP")
                || reason.contains("too many symbolic links"));
    }
}
