package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;

/**
 * What was read from each content file, for a preview server that builds again on every save: a file whose inputs
 * (it and its companions, by size, modification time and inode) are as they were is not read again; its value and
 * the diagnostics reading it gave are reused. A plain build reads everything ({@link #NONE}).
 */
public final class ReadCache {

    /** Reads every file every time. */
    public static final ReadCache NONE = new ReadCache(false, false);

    private record Entry(String stamp, Object value, List<Diagnostic> diagnostics) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
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
        String stamp = stamp(inputs);
        Entry e = entries.get(inputs.get(0));
        if (e == null || !e.stamp().equals(stamp)) {
            Diagnostics own = new Diagnostics(strict);
            e = new Entry(stamp, reader.apply(own), own.sorted());
            entries.put(inputs.get(0), e);
        }
        diagnostics.addAll(e.diagnostics());
        return (T) e.value();
    }

    /** Forgets everything: the settings every file is read with have changed. */
    public void clear() {
        entries.clear();
    }

    private static String stamp(List<Path> inputs) {
        StringBuilder s = new StringBuilder();
        for (Path p : inputs) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                s.append(a.size()).append('/').append(a.lastModifiedTime()).append('/').append(a.fileKey())
                        .append(';');
            } catch (IOException e) {
                s.append("absent;");
            }
        }
        return s.toString();
    }
}
