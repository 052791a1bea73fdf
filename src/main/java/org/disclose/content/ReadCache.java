package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.disclose.diag.Diagnostics;

/**
 * What was read from each content file, for a preview server that builds again on every save and for builds of the
 * site, which keep it on disk between runs ({@link KeptReads}): a file whose inputs (it and its companions, by size,
 * modification time and inode) are as they were is not read again; its value and the diagnostics reading it gave are
 * reused. {@link #NONE} reads everything.
 */
public final class ReadCache {

    /** Reads every file every time. */
    public static final ReadCache NONE = new ReadCache(false, false);

    /**
     * @param settled whether the file was last modified well before it was read: only then does an unchanged stamp
     *                prove unchanged content (an edit within the file system's time resolution keeps the stamp)
     */
    record Entry(String stamp, boolean settled, Object value, Diagnostics diagnostics) {
    }

    /** How old a file must be for its modification time to tell edits apart, on any file system in use. */
    private static final long SETTLE_MILLIS = 2_000;

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.Set<Path> seen = ConcurrentHashMap.newKeySet();
    /** The parts of the cache ({@link KeptReads#part}) with an entry read, replaced or removed since they were kept. */
    private final java.util.Set<Integer> changed = ConcurrentHashMap.newKeySet();
    private final boolean enabled;
    private final boolean strict;

    private ReadCache(boolean enabled, boolean strict) {
        this.enabled = enabled;
        this.strict = strict;
    }

    /** @param strict whether the builds it serves count warnings as errors */
    public ReadCache(boolean strict) {
        this(true, strict);
    }

    /**
     * The value {@code reader} gives for the file {@code inputs.get(0)}, read again only when one of the inputs
     * changed; its diagnostics are reported to {@code diagnostics} either way.
     */
    @SuppressWarnings("unchecked")
    <T> T read(List<Path> inputs, Diagnostics diagnostics, Function<Diagnostics, T> reader) {
        if (!enabled) {
            return reader.apply(diagnostics);
        }
        long now = System.currentTimeMillis();
        StringBuilder stamp = new StringBuilder();
        long newest = stamp(inputs, stamp);
        Entry e = entries.get(inputs.get(0));
        if (e == null || !e.settled() || !e.stamp().contentEquals(stamp)) {
            Diagnostics own = new Diagnostics(strict);
            e = new Entry(stamp.toString(), newest < now - SETTLE_MILLIS, reader.apply(own), own);
            entries.put(inputs.get(0), e);
            changed.add(KeptReads.part(inputs.get(0)));
        }
        seen.add(inputs.get(0));
        diagnostics.addAll(e.diagnostics());
        return (T) e.value();
    }

    boolean strict() {
        return strict;
    }

    Map<Path, Entry> entries() {
        return entries;
    }

    void markChanged(int part) {
        changed.add(part);
    }

    /** The parts changed since the cache was loaded or last kept, which are forgotten as kept. */
    java.util.Set<Integer> takeChanged() {
        java.util.Set<Integer> parts = new java.util.TreeSet<>(changed);
        changed.removeAll(parts);
        return parts;
    }

    /** Forgets everything: the settings every file is read with have changed. */
    public void clear() {
        entries.clear();
        seen.clear();
    }

    /** Forgets the files not read since the last sweep (removed, or no longer content). */
    void sweep() {
        entries.keySet().stream().filter(p -> !seen.contains(p)).forEach(p -> changed.add(KeptReads.part(p)));
        entries.keySet().retainAll(seen);
        seen.clear();
    }

    /** Writes the inputs' size, time and identity into {@code s}; returns the newest modification time. */
    private static long stamp(List<Path> inputs, StringBuilder s) {
        long newest = 0;
        for (int i = 0; i < inputs.size(); i++) {
            try {
                BasicFileAttributes a = Files.readAttributes(inputs.get(i), BasicFileAttributes.class);
                s.append(a.size()).append('/').append(a.lastModifiedTime()).append('/').append(a.fileKey())
                        .append(';');
                newest = Math.max(newest, a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                s.append("absent;");
                if (i == 0) {
                    newest = Long.MAX_VALUE; // the file itself cannot be looked at: never trust the entry
                }
            }
        }
        return newest;
    }
}
