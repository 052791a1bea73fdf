package org.disclose.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.disclose.render.SiteAddresses;

/**
 * Writes a build into a staging folder beside the output folder and makes it the site only when the whole build
 * succeeded, so that a failed or killed build leaves the published site exactly as it was. A build that keeps files
 * of the current site stages only the files it changed and moves them over the site's at its commit, by a journal
 * ({@link SiteJournal}); a build that keeps nothing (the first, or one by another version) stages the whole site and
 * swaps it in with two renames. Every path is checked to stay inside its folder: nothing is ever written anywhere
 * else. Always used through {@link PublishedFiles}, which decides what is written and what kept, and knows what the
 * current site holds by its manifest.
 */
public final class StagingFolder {

    private static final String STAGING = ".staging-";
    private static final String RETIRED = ".retired-";

    private final Path output;
    private final Path staging;
    /** Folders already made: creating one per file written would cost a failing system call each time. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The files staged, by site path. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private StagingFolder(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Brings the site in {@code output} back to a whole site, the old or the new one, after a build was killed in
     * its commit ({@link SiteJournal#recover}), and removes what killed builds left beside it.
     */
    public static void recover(Path output) throws IOException {
        Path site = output.toAbsolutePath().normalize();
        Path parent = site.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        SiteJournal.recover(site);
        String prefix = "." + site.getFileName() + STAGING;
        String retired = "." + site.getFileName() + RETIRED;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith(prefix) || p.getFileName().toString().startsWith(retired))) {
            for (Path old : leftovers) {
                if (old.getFileName().toString().startsWith(retired) && !Files.exists(site)) {
                    move(old, site); // killed between the two renames of a swap: the old site comes back
                } else {
                    deleteTree(old);
                }
            }
        }
    }

    /** Opens a fresh staging folder for {@code output}, after {@link #recover} brought the site back whole. */
    public static StagingFolder open(Path output) throws IOException {
        Path site = output.toAbsolutePath().normalize();
        Path parent = site.getParent();
        if (parent == null) {
            throw new IOException("the output folder cannot be the file system root");
        }
        Files.createDirectories(parent);
        recover(site);
        if (Files.isDirectory(site) && !isEmpty(site) && !SiteMarker.present(site)) {
            throw new IOException(site + " exists and was not built by Disclose (no " + SiteMarker.MARKER
                    + " file in it): refusing to replace it; choose another --output or empty the folder");
        }
        if (Files.exists(site) && !Files.isDirectory(site)) {
            throw new IOException(site + " exists and is not a folder");
        }
        Path staging = Files.createTempDirectory(parent, "." + site.getFileName() + STAGING);
        // A temporary folder is private (rwx------); the published site must be readable by the web server.
        try {
            Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
        return new StagingFolder(site, staging);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Resolves a site-relative file path inside {@code folder}, refusing any that would leave it. */
    static Path inside(Path folder, String sitePath) {
        Path p = folder.resolve(sitePath).normalize();
        if (!p.startsWith(folder) || p.equals(folder)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + sitePath);
        }
        return p;
    }

    private void folderFor(Path file) throws IOException {
        Path dir = file.getParent();
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    /** Stages a file: one open, write and close (a file is written once per build). */
    void write(String sitePath, byte[] bytes) {
        Path p = inside(staging, sitePath);
        try {
            folderFor(p);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer); // one system call for the whole file (Files.write writes 8 KB at a time)
                }
            }
            written.add(sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the current site has the file {@code sitePath}, which a build changing it in place may keep. */
    boolean present(String sitePath) {
        return Files.isRegularFile(inside(output, sitePath), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** What the current site was made from, as its marker says. */
    String record() {
        return SiteMarker.read(output);
    }

    /**
     * Marks the staged files with {@code record} and moves them over the site's, removing {@code removed} (files of
     * the site the new one does not have), by a journal: the files the build did not stage stay as they are.
     */
    void commitInPlace(String record, Set<String> removed) throws IOException {
        SiteMarker.write(staging, record);
        java.util.List<String> moves = new java.util.ArrayList<>(new java.util.TreeSet<>(written));
        moves.remove(SiteAddresses.MANIFEST);
        moves.add(SiteAddresses.MANIFEST);
        moves.add(SiteMarker.MARKER);
        new SiteJournal(output, staging, moves, java.util.List.copyOf(new java.util.TreeSet<>(removed))).commit();
        committed = true;
        deleteTree(staging);
    }

    /**
     * Marks the staged site with {@code record} and replaces the output folder with it: two renames, the old site
     * removed only afterwards.
     */
    void commit(String record) throws IOException {
        SiteMarker.write(staging, record);
        Path retired = null;
        if (Files.exists(output)) {
            retired = output.resolveSibling("." + output.getFileName() + RETIRED + staging.getFileName());
            move(output, retired);
        }
        move(staging, output);
        committed = true;
        if (retired != null) {
            deleteTree(retired);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Discards the staging folder unless the build was committed. */
    void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /**
     * Deletes a folder tree. A site is many small files in a few large folders (releases/ holds one folder per
     * release), so all its files are removed in parallel, then the folders, deepest first.
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        java.util.List<Path> folders = new java.util.ArrayList<>();
        java.util.List<Path> files = new java.util.ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                folders.add(d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = folders.size() - 1; i >= 0; i--) { // a walk lists every folder before the folders inside it
            Files.delete(folders.get(i));
        }
    }
}
