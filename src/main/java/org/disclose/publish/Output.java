package org.disclose.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Where a build puts its files: a staged folder that replaces the site, or nowhere ({@code disclose check}). */
public interface Output extends AutoCloseable {

    void write(String sitePath, byte[] bytes);

    void copy(String sitePath, Path source);

    /**
     * Publishes the file the current site already has at {@code sitePath}, unchanged and untouched (same bytes,
     * same modification time), instead of writing it again. False when there is no such file to reuse.
     */
    default boolean reuse(String sitePath) {
        return false;
    }

    /** Makes the build the published site; nothing a reader can see changes before this. */
    void commit() throws IOException;

    @Override
    void close() throws IOException;

    /** An output that writes nothing: every check runs, the site on disk stays as it is. */
    static Output discard() {
        return new Output() {
            @Override
            public void write(String sitePath, byte[] bytes) {
            }

            @Override
            public void copy(String sitePath, Path source) {
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };
    }
}
