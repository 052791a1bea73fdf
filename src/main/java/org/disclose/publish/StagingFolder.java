package org.disclose.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a build into a staging folder beside the output folder and swaps it in only when the whole build succeeded,
 * so that a failed or killed build leaves the published site exactly as it was. Every path is checked to stay inside
 * the staging folder: nothing is ever written anywhere else. Always used through {@link PublishedFiles}, which
 * decides what is written and what kept, and knows what the current site holds by its manifest.
 */
public final class StagingFolder {

    private static final String STAGING = ".staging-";
    private static final String RETIRED = ".retired-";

    private final Path output;
    private final Path staging;
    /** Folders already made: creating one per file written would cost a failing system call each time. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private StagingFolder(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Opens a fresh staging folder for {@code output}, removing any left behind by a killed build. */
    public static StagingFolder open(Path output) throws IOException {
        Path site = output.toAbsolutePath().normalize();
        Path parent = site.getParent();
        if (parent == null) {
            throw new IOException("the output folder cannot be the file system root");
        }
        Files.createDirectories(parent);
        if (Files.isDirectory(site) && !isEmpty(site) && !SiteMarker.present(site)) {
            throw new IOException(site + " exists and was not built by Disclose (no " + SiteMarker.MARKER
                    + " file in it): refusing to replace it; choose another --output or empty the folder");
        }
        if (Files.exists(site) && !Files.isDirectory(site)) {
            throw new IOException(site + " exists and is not a folder");
        }
        String prefix = "." + site.getFileName() + STAGING;
        String retired = "." + site.getFileName() + RETIRED;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith(prefix) || p.getFileName().toString().startsWith(retired))) {
            for (Path old : leftovers) {
                deleteTree(old);
            }
        }
        Path staging = Files.createTempDirectory(parent, prefix);
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

    /** Resolves a site-relative file path inside the staging folder, refusing any that would leave it. */
    private Path resolve(String sitePath) {
        Path p = staging.resolve(sitePath).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
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

    void write(String sitePath, byte[] bytes) {
        Path p = resolve(sitePath);
        try {
            folderFor(p);
            try {
                Files.write(p, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // kept from the current site as a hard link: writing through it would change the published file
                Files.delete(p);
                Files.write(p, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the current site was made from, as its marker says. */
    String record() {
        return SiteMarker.read(output);
    }

    /** Keeps the current site's file as a hard link: no bytes written, modification time kept. */
    boolean keep(String sitePath) {
        Path old = output.resolve(sitePath).normalize();
        if (!old.startsWith(output) || !Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path p = resolve(sitePath);
        try {
            folderFor(p);
            Files.createLink(p, old);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Marks the staged build with {@code record} and replaces the output folder with it: two renames, the old site
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
