package org.disclose.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * How many names a file has. A hard link has no path of its own to check: {@code content/a.md} made with
 * {@code ln /etc/passwd content/a.md} is that file, under a name inside the site. A regular file with more than one
 * name is therefore not read (files an author saves, copies or checks out have one).
 */
final class HardLinks {

    private HardLinks() {
    }

    /** The number of names of a regular file; 1 when the file system does not say (or for a folder). */
    static long names(Path real) {
        try {
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return 1;
            }
            Object n = Files.getAttribute(real, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return n instanceof Number number ? number.longValue() : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return 1;
        }
    }
}
