package org.disclose.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches the folders a build reads ({@code content/} and {@code themes/}, with every folder inside them, including
 * ones created later) and reports a change once the files have been quiet for a moment, so that an editor's save in
 * several steps, or a {@code git checkout} of many files, causes one rebuild rather than many. Editors' temporary
 * files ({@code .a.md.swp}, {@code a.md~}, {@code 4913}) are not changes. Symbolic links are not followed.
 */
final class Watcher implements Closeable {

    static final List<String> FOLDERS = List.of("content", "themes");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();

    Watcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        registerAll();
    }

    /** Registers the site root itself (to see content/ or themes/ appear or be replaced) and both trees. */
    private void registerAll() throws IOException {
        keys.keySet().forEach(WatchKey::cancel);
        keys.clear();
        register(root);
        for (String folder : FOLDERS) {
            registerTree(root.resolve(folder));
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        keys.put(key, dir);
    }

    private void registerTree(Path top) throws IOException {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // removed while we looked: its removal is itself a change
            }
        });
    }

    /**
     * Waits for a change, then until nothing more has changed for {@code quiet}; returns what changed, relative to
     * the site root ({@code content/releases/a.md}), sorted. Empty when the watcher was closed.
     */
    Optional<Set<String>> awaitChange(Duration quiet) throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                handle(service.take(), changed);
            }
            WatchKey next;
            while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                handle(next, changed);
            }
            return Optional.of(changed);
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    private void handle(WatchKey key, Set<String> changed) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (dir.equals(root) && !FOLDERS.contains(name)) {
                continue; // site/, README and the like: not read by a build
            }
            if (ignored(name)) {
                continue;
            }
            changed.add(root.relativize(path).toString().replace('\\', '/'));
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        if (overflow) {
            changed.add("(too many changes to list)");
            try {
                registerAll();
            } catch (IOException e) {
                // the next build reports whatever is wrong with the folders
            }
        }
    }

    /** Editors' temporary and backup files, never read by a build. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.equals("4913") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
