package org.disclose.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * A {@link ReadCache} kept on disk between builds of the site, so that a build reads only the content files that
 * changed since the last one, as the preview server does within a session. It lives in the cache folder beside
 * {@code content/} ({@code .disclose-cache/reads/}), in {@value #PARTS} parts by file path, so that a build that
 * read a few files again rewrites a few parts. Each part names what reading depended on besides the files
 * ({@code key}: the code, the theme, the settings); a part of another key, of another format or that cannot be read
 * is ignored, and its files are read again. Only classes of Disclose and of the JDK's value types are read back.
 *
 * <p>What a cached entry stands for is checked as in a session: the files it was read from must have the same size,
 * modification time and inode, and have been modified well before they were read. Keeping is best effort: a build
 * never fails because its cache could not be written, and never gives another site because of it (tested).
 */
public final class KeptReads {

    static final int PARTS = 16;
    private static final String FORMAT = "disclose reads 1";
    private static final String LINKS = "links.bin";
    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;org.disclose.**;java.lang.*;java.util.*;java.time.*;java.math.*;!*");

    /** One entry as kept: the value of an {@code Optional} as its content, the findings as reported. */
    private record Kept(String path, String stamp, boolean settled, boolean optional, Object value,
                        List<Serializable> findings) implements Serializable {
    }

    private KeptReads() {
    }

    /** The part of the cache a file's entry is kept in. */
    static int part(Path file) {
        return Math.floorMod(file.toString().hashCode(), PARTS);
    }

    /**
     * A cache with what the last build kept in {@code folder} for {@code key}, and {@code links} (where the links of
     * the bodies it read were written) given what was kept of them.
     */
    public static ReadCache load(Path folder, String key, boolean strict, Map<String, SourcePos> links) {
        ReadCache cache = new ReadCache(strict);
        if (linked(folder)) {
            return cache;
        }
        List<List<Kept>> parts = IntStream.range(0, PARTS).parallel()
                .mapToObj(i -> read(folder.resolve(i + ".bin"), key)).toList();
        for (int i = 0; i < PARTS; i++) {
            List<Kept> part = parts.get(i);
            if (part == null) {
                cache.markChanged(i); // written anew at the end of the build
                continue;
            }
            for (Kept k : part) {
                Diagnostics found = new Diagnostics(strict);
                found.addKept(k.findings());
                cache.entries().put(Path.of(k.path()), new ReadCache.Entry(k.stamp(), k.settled(),
                        k.optional() ? Optional.ofNullable(k.value()) : k.value(), found));
            }
        }
        List<Kept> linkPart = read(folder.resolve(LINKS), key);
        if (linkPart != null && linkPart.size() == 1 && linkPart.get(0).value() instanceof Map<?, ?> m) {
            m.forEach((href, pos) -> links.put((String) href, (SourcePos) pos));
        }
        return cache;
    }

    /**
     * Writes the parts of {@code cache} that changed since it was loaded, and {@code links}, for the next build; each
     * file replaced in one rename. Silent when it cannot: the next build then reads those files again.
     */
    public static void keep(ReadCache cache, Path folder, String key, Map<String, SourcePos> links) {
        java.util.Set<Integer> changed = cache.takeChanged();
        if (changed.isEmpty()) {
            return;
        }
        try {
            if (linked(folder)) {
                return; // a link would have the build write wherever it leads
            }
            Files.createDirectories(folder);
            Map<Integer, List<Kept>> parts = new HashMap<>();
            changed.forEach(i -> parts.put(i, new ArrayList<>()));
            cache.entries().forEach((path, e) -> {
                List<Kept> part = parts.get(part(path));
                if (part != null) {
                    boolean optional = e.value() instanceof Optional<?>;
                    part.add(new Kept(path.toString(), e.stamp(), e.settled(), optional,
                            optional ? ((Optional<?>) e.value()).orElse(null) : e.value(), e.diagnostics().kept()));
                }
            });
            parts.entrySet().parallelStream().forEach(p -> write(folder.resolve(p.getKey() + ".bin"), key,
                    p.getValue()));
            write(folder.resolve(LINKS), key, List.of(new Kept("", "", true, false, new HashMap<>(links), List.of())));
        } catch (IOException | RuntimeException e) {
            // best effort: the next build reads what it cannot find here
        }
    }

    /** Whether the cache folder or the one above it is a symbolic link: then it is neither read nor written. */
    private static boolean linked(Path folder) {
        return Files.isSymbolicLink(folder) || folder.getParent() != null && Files.isSymbolicLink(folder.getParent());
    }

    private static List<Kept> read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file),
                1 << 16))) {
            in.setObjectInputFilter(ONLY_OURS);
            if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readObject())) {
                return null;
            }
            int n = in.readInt();
            List<Kept> kept = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                kept.add((Kept) in.readObject());
            }
            return kept;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null; // of another version, damaged, or refused by the filter: read the files again
        }
    }

    private static void write(Path file, String key, List<Kept> kept) {
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(fresh); // a new file, never one a link would lead to
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeObject(key);
                out.writeInt(kept.size());
                for (Kept k : kept) {
                    out.writeObject(k);
                }
            }
            try {
                Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
