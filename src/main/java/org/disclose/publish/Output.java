package org.disclose.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.disclose.diag.Diagnostic;

/**
 * Where a build puts its files: a staging folder whose files become the site's at the commit
 * ({@link PublishedFiles}), the served preview folder updated at its commit ({@link LiveOutput}), or nowhere
 * ({@code disclose check}). A staged or live output shows a reader nothing of the build before {@link #commit}, and
 * one closed without a commit leaves the site as it was. An output that writes in place as it goes may show files
 * before the commit; it must say so, and still write the site's marker ({@link SiteMarker}) only at the commit.
 */
public interface Output extends AutoCloseable {

    /** What the build committed: how many files the site has now, how many of them it kept as they were. */
    record Committed(int files, int unchanged, boolean changed) {
    }

    /**
     * Thrown by the maker of files left for later ({@link #writeLater}) when what it made must not be published
     * (the personal-data scan found something in it): nothing of them is written. Its findings are the build's
     * errors as well, so a build that makes them before its commit fails on them.
     */
    final class Withheld extends RuntimeException {

        private final transient List<Diagnostic> findings;

        public Withheld(String what, List<Diagnostic> findings) {
            super(what + " was not written: " + findings.size() + " error" + (findings.size() == 1 ? "" : "s")
                    + " in it");
            this.findings = List.copyOf(findings);
        }

        public List<Diagnostic> findings() {
            return findings;
        }
    }

    /**
     * What the current site recorded of the build that made it ({@link #commit}), for deciding which of its pages
     * this build may keep; empty when there is no site or no record to trust.
     */
    String record();

    /** The files the current site holds, which pages kept from it may link to. */
    Set<String> currentFiles();

    void write(String sitePath, byte[] bytes);

    /** Publishes a copy of the file {@code source} (an asset, an image): its bytes, written as {@link #write} does. */
    default void copy(String sitePath, Path source) {
        try {
            write(sitePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Publishes the file the current site already has at {@code sitePath}, unchanged and untouched (same bytes,
     * same modification time), instead of writing it again. False when there is no such file to keep: the caller
     * writes it.
     */
    boolean keep(String sitePath);

    /**
     * Files nothing links to that take long to make (the search index). This output makes and writes them at once;
     * a live one may do it after the commit, once the pages are shown ({@link LiveOutput#takeLater()}). Files
     * {@link Withheld} are not written, here or later.
     */
    default void writeLater(Supplier<Map<String, byte[]>> files) {
        try {
            files.get().forEach(this::write);
        } catch (Withheld e) {
            // made before the commit: its findings are the build's errors, and the build fails on them
        }
    }

    /** Makes the build the site, with {@code record} for the next build (see {@link #record()}). */
    Committed commit(String record) throws IOException;

    /** Ends the build; what it did not commit is discarded. */
    @Override
    void close() throws IOException;

    /** An output that writes nothing: every check runs, the site on disk stays as it is. */
    static Output discard() {
        return new Output() {
            @Override
            public String record() {
                return "";
            }

            @Override
            public Set<String> currentFiles() {
                return Set.of();
            }

            @Override
            public void write(String sitePath, byte[] bytes) {
            }

            @Override
            public void copy(String sitePath, Path source) {
                // nothing is written, so nothing need be read
            }

            @Override
            public boolean keep(String sitePath) {
                return false;
            }

            @Override
            public Committed commit(String record) {
                return new Committed(0, 0, false);
            }

            @Override
            public void close() {
            }
        };
    }
}
