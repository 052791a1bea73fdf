package org.disclose.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit of a build that changes the site in place: which files of the staging folder go where in the site, and
 * which files of the site go away. It is written beside the site ({@code .site.journal}) and made durable before the
 * first file moves; from then on the build is committed, whatever happens to the process. Carrying it out is
 * idempotent (a file already moved is no longer in the staging folder; a file already removed is gone), so the
 * next build, or {@code disclose serve}, finishes a commit a kill interrupted ({@link #recover}) and the site is
 * the new one, whole. Before the journal exists, the site has not been touched: a kill leaves it as it was.
 *
 * <p>While the files move, a web server may serve old and new files side by side for a moment; the marker that
 * records what the site was made from moves last.
 */
final class SiteJournal {

    private static final String HEADER = "disclose journal 1";
    private static final String END = "end";

    /** For tests of a build killed at a given point of its commit: the process halts there, as if killed. */
    private static final String HALT_AT = System.getProperty("disclose.test.haltAt", "");

    private final Path site;
    private final Path staging;
    private final List<String> moves;
    private final List<String> removals;

    /**
     * @param moves    files of the staging folder, by site path, in the order they move (the manifest and the marker
     *                 last)
     * @param removals files of the site, by site path, that the new site does not have
     */
    SiteJournal(Path site, Path staging, List<String> moves, List<String> removals) {
        this.site = site;
        this.staging = staging;
        this.moves = List.copyOf(moves);
        this.removals = List.copyOf(removals);
    }

    static Path file(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".journal");
    }

    /** Writes the journal, durably, then carries it out and removes it. */
    void commit() throws IOException {
        write();
        halt("journal");
        apply();
        halt("applied");
        Files.delete(file(site));
    }

    /**
     * Finishes the commit a killed build left in its journal, if any: the site is then the new one, whole. A journal
     * half written (the build was killed before its commit) is removed: the site was not touched.
     */
    static void recover(Path site) throws IOException {
        Path journal = file(site);
        Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".new"));
        if (!Files.exists(journal)) {
            return;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)
                || !lines.get(1).startsWith("staging ")) {
            throw new IOException(journal + " is not a journal of this version of Disclose: remove it, and "
                    + site + " with it, and build again");
        }
        Path staging = site.resolveSibling(lines.get(1).substring("staging ".length()));
        List<String> moves = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        for (String line : lines.subList(2, lines.size() - 1)) {
            if (line.startsWith("move ")) {
                moves.add(line.substring(5));
            } else if (line.startsWith("remove ")) {
                removals.add(line.substring(7));
            } else {
                throw new IOException(journal + ": unknown line '" + line + "'");
            }
        }
        new SiteJournal(site, staging, moves, removals).apply();
        Files.delete(journal);
        StagingFolder.deleteTree(staging);
    }

    private void write() throws IOException {
        StringBuilder s = new StringBuilder(HEADER).append("\nstaging ").append(staging.getFileName()).append('\n');
        moves.forEach(f -> s.append("move ").append(f).append('\n'));
        removals.forEach(f -> s.append("remove ").append(f).append('\n'));
        s.append(END).append('\n');
        Path journal = file(site);
        Path fresh = journal.resolveSibling(journal.getFileName() + ".new");
        Files.deleteIfExists(fresh); // a new file, never one a link would lead to
        try (FileChannel ch = FileChannel.open(fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(s.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
        Files.move(fresh, journal, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(journal.getParent());
    }

    /** Removes what goes, then moves the new files over the old, each in one rename; idempotent. */
    private void apply() throws IOException {
        try {
            removals.parallelStream().forEach(this::remove);
            int last = Math.max(0, moves.size() - 2); // the manifest and the marker move last, in order
            int half = last / 2;
            moves.subList(0, half).parallelStream().forEach(this::move);
            halt("renaming");
            moves.subList(half, last).parallelStream().forEach(this::move);
            moves.subList(last, moves.size()).forEach(this::move);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void move(String sitePath) {
        Path from = StagingFolder.inside(staging, sitePath);
        try {
            ServedFiles.place(from, StagingFolder.inside(site, sitePath));
        } catch (NoSuchFileException e) {
            if (Files.exists(from)) {
                throw new UncheckedIOException(e);
            }
            // moved before the kill
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file the site no longer has, and the folders that leaves empty. */
    private void remove(String sitePath) {
        ServedFiles.remove(site, StagingFolder.inside(site, sitePath));
    }

    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a folder; the journal's own contents are on disk
        }
    }

    private static void halt(String point) {
        if (HALT_AT.equals(point)) {
            Runtime.getRuntime().halt(137);
        }
    }
}
