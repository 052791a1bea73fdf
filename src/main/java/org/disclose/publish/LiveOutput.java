package org.disclose.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Updates a preview folder in place while it is being served, one build after another: a build's changed files wait
 * in a folder beside it, and its commit renames each over its place (so a request never reads half a page) and
 * removes the files the site no longer has. A build not committed changes nothing. It remembers what it put in the
 * folder (each file's SHA-256) and the record of the last commit, so the next build writes only what changed.
 *
 * <p>Only for the preview server's own temporary folder; a published site is changed through a staging folder and a
 * journal that a killed build leaves for the next to finish ({@link StagingFolder}). Every path is checked to stay
 * inside the folder. Used by one build at a time; the work it leaves for after the commit ({@link #takeLater()}) may
 * run while the next build does, and touches only its files.
 */
public final class LiveOutput implements Output {

    /** Stands for a file whose bytes are not known: it is in the folder, but is written again. */
    private static final String UNKNOWN = "";

    private final Path folder;
    /** The files in the folder that builds put there (besides the later ones), with their SHA-256. */
    private Map<String, String> files = Map.of();
    private String record = "";
    /** The files written after a commit ({@link #writeLater}), with their SHA-256; written by another thread. */
    private volatile Map<String, String> laterFiles = Map.of();
    private Runnable later;

    // the build under way
    private final Map<String, String> next = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private Path pending;
    private Supplier<Map<String, byte[]>> laterWork;

    public LiveOutput(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String record() {
        return record;
    }

    @Override
    public Set<String> currentFiles() {
        return files.keySet();
    }

    /** Puts the file aside for the commit, unless the folder already has these very bytes there. */
    @Override
    public void write(String sitePath, byte[] bytes) {
        String sha = PublishedFiles.sha256(bytes);
        Path place = inside(folder, sitePath);
        next.put(sitePath, sha);
        if (sha.equals(files.get(sitePath)) && Files.isRegularFile(place)) {
            return;
        }
        try {
            Path p = inside(pending(), sitePath);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            changed.add(sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean keep(String sitePath) {
        String sha = files.get(sitePath);
        if (sha == null || sha.equals(UNKNOWN) || !Files.isRegularFile(inside(folder, sitePath))) {
            return false;
        }
        next.put(sitePath, sha);
        return true;
    }

    /** Keeps {@code files} for after the commit: the pages are shown first ({@link #takeLater()}). */
    @Override
    public void writeLater(Supplier<Map<String, byte[]>> files) {
        laterWork = files;
    }

    /**
     * Moves the build's changed files into place, each in one rename, and removes those the site no longer has.
     * Should it fail half way, what the folder holds is no longer known: every file is written again next time.
     */
    @Override
    public Committed commit(String record) throws IOException {
        Map<String, String> before = files;
        Set<String> removed = new java.util.HashSet<>(before.keySet());
        removed.removeAll(next.keySet());
        files = unknown(before.keySet(), next.keySet());
        this.record = "";
        try {
            changed.parallelStream().forEach(f -> place(inside(pending, f), inside(folder, f)));
            removed.forEach(this::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files = Map.copyOf(next);
        this.record = record;
        Supplier<Map<String, byte[]>> work = laterWork;
        later = work == null ? null : () -> writeNow(work);
        return new Committed(next.size(), next.size() - changed.size(), !changed.isEmpty() || !removed.isEmpty());
    }

    /** Ends the build: what it put aside and did not commit is dropped. */
    @Override
    public void close() throws IOException {
        next.clear();
        changed.clear();
        laterWork = null;
        if (pending != null) {
            Path p = pending;
            pending = null;
            StagingFolder.deleteTree(p);
        }
    }

    /** Forgets what the folder holds (after a failure): the next build writes every file, and removes strays. */
    public void forget() {
        files = unknown(files.keySet(), Set.of());
        laterFiles = unknown(laterFiles.keySet(), Set.of());
        record = "";
        later = null;
    }

    /**
     * What the last commit left to do once its pages are shown (write the search index), or null. It may run on
     * another thread while the next build runs; it writes only its own files, each in place in one rename. When
     * they are found unfit to publish it writes none of them (those of an earlier build stay) and throws
     * {@link Output.Withheld}, with the findings, for the preview to show.
     */
    public Runnable takeLater() {
        Runnable work = later;
        later = null;
        return work;
    }

    private void writeNow(Supplier<Map<String, byte[]>> work) {
        Map<String, String> before = laterFiles;
        Map<String, byte[]> made = work.get(); // may be withheld: then nothing is written, nothing forgotten
        laterFiles = unknown(before.keySet(), made.keySet()); // until all is written, what is on disk is not known
        Map<String, String> now = new HashMap<>();
        made.forEach((file, bytes) -> {
            String sha = PublishedFiles.sha256(bytes);
            now.put(file, sha);
            if (!sha.equals(before.get(file))) {
                writeInPlace(file, bytes);
            }
        });
        before.keySet().stream().filter(f -> !made.containsKey(f)).forEach(this::delete);
        laterFiles = now;
    }

    private void writeInPlace(String sitePath, byte[] bytes) {
        Path p = inside(folder, sitePath);
        Path beside = p.resolveSibling("." + p.getFileName() + ".writing");
        try {
            Files.createDirectories(p.getParent());
            Files.write(beside, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        place(beside, p);
    }

    private static void place(Path from, Path to) {
        try {
            ServedFiles.place(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file the site no longer has, and the folders it leaves empty. */
    private void delete(String sitePath) {
        ServedFiles.remove(folder, inside(folder, sitePath));
    }

    /** The folder beside the preview's where a build's files wait for its commit, made when first needed. */
    private synchronized Path pending() throws IOException {
        if (pending == null) {
            Path parent = folder.getParent();
            Files.createDirectories(parent);
            pending = Files.createTempDirectory(parent, "." + folder.getFileName() + ".pending-");
        }
        return pending;
    }

    private static Path inside(Path root, String sitePath) {
        Path p = root.resolve(sitePath).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + sitePath);
        }
        return p;
    }

    private static Map<String, String> unknown(Set<String> some, Set<String> others) {
        Map<String, String> all = new HashMap<>();
        some.forEach(f -> all.put(f, UNKNOWN));
        others.forEach(f -> all.put(f, UNKNOWN));
        return all;
    }
}
