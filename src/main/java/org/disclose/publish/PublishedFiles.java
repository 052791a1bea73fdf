package org.disclose.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.disclose.config.Precompression;
import org.disclose.render.SiteAddresses;

/**
 * The output of a build of the site, one of the two {@link Output}s (the other is the preview's {@link LiveOutput}):
 * files go into a {@link StagingFolder}, whose files become the site's at the commit. Text files get a {@code .gz} copy
 * beside them for servers with gzip_static, as the site's setting says ({@link Precompression}), and every file is
 * recorded with its size and SHA-256 for {@code manifest.json}, so that an auditor can verify exactly what was
 * published.
 */
public final class PublishedFiles implements Output {

    private static final Set<String> TEXT = Set.of("html", "css", "js", "xml", "json", "csv", "svg", "txt");

    private static final Pattern ENTRY = Pattern.compile(
            "\\{\"path\": \"((?:[^\"\\\\]|\\\\.)*)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"}");

    private final StagingFolder out;
    private final String generator;
    private final String builtAt;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final Precompression precompress;

    record Entry(long size, String sha256) {
    }

    /**
     * @param out       the staging folder that takes the files and, at the commit, replaces the site
     * @param current   the site this build replaces (its manifest says what it holds), or null when none of its
     *                  files may be kept (another version of Disclose made them)
     * @param generator what made the site, for the manifest
     * @param builtAt   when, for the manifest: the one place a build's clock is allowed to appear
     * @param precompress which text files get a {@code .gz} copy
     */
    public PublishedFiles(StagingFolder out, Path current, String generator, String builtAt,
                          Precompression precompress) {
        this.precompress = precompress;
        this.out = out;
        this.generator = generator;
        this.builtAt = builtAt;
        this.previous = current == null ? Map.of() : readManifest(current.resolve(SiteAddresses.MANIFEST));
    }

    /**
     * Writes a file, with its {@code .gz} copy for text. A file the current site already has with the same bytes
     * is not written at all: the published one stays (same inode, same modification time), so that an upload
     * with rsync sends only what changed.
     */
    @Override
    public void write(String sitePath, byte[] bytes) {
        String sha = sha256(bytes);
        Entry before = previous.get(sitePath);
        if (before != null && before.sha256().equals(sha) && keep(sitePath)) {
            return;
        }
        out.write(sitePath, bytes);
        entries.put(sitePath, new Entry(bytes.length, sha));
        if (compressed(sitePath)) {
            byte[] gz = gzip(bytes);
            out.write(sitePath + ".gz", gz);
            entries.put(sitePath + ".gz", new Entry(gz.length, sha256(gz)));
        }
    }

    /**
     * Publishes the current site's copy of a file (and its {@code .gz}), as listed in its manifest: a page this build
     * did not render again, or a file whose new bytes are the same. False when the current site does not have it
     * whole, and the file must be written.
     */
    @Override
    public boolean keep(String sitePath) {
        Entry before = previous.get(sitePath);
        Entry gzBefore = previous.get(sitePath + ".gz");
        boolean compressible = compressed(sitePath);
        if (before == null || (compressible && gzBefore == null) || !out.present(sitePath)
                || (compressible && !out.present(sitePath + ".gz"))) {
            return false; // the caller renders and writes it (a file deleted from the site by hand, too)
        }
        // the file stays where it is, untouched: the site is changed in place
        entries.put(sitePath, before);
        if (compressible) {
            entries.put(sitePath + ".gz", gzBefore);
        }
        reused.incrementAndGet();
        return true;
    }

    /** The files of the site this build replaces, by its manifest. */
    @Override
    public Set<String> currentFiles() {
        return previous.keySet();
    }

    @Override
    public String record() {
        return out.record();
    }

    /** The files a previous build's manifest lists; empty when there is none or it cannot be read. */
    static Map<String, Entry> readManifest(Path manifest) {
        Map<String, Entry> found = new HashMap<>();
        try {
            Matcher m = ENTRY.matcher(Files.readString(manifest));
            while (m.find()) {
                found.put(Json.unescape(m.group(1)), new Entry(Long.parseLong(m.group(2)), m.group(3)));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // no usable manifest: everything is written anew
        }
        return found;
    }

    /** Writes {@code manifest.json}: every file with its size and digest, sorted, and the build time. */
    private void writeManifest() {
        StringBuilder s = new StringBuilder(entries.size() * 120);
        s.append("{\n  \"generator\": \"").append(Json.escape(generator)).append("\",\n  \"builtAt\": \"")
                .append(Json.escape(builtAt)).append("\",\n  \"files\": [\n");
        boolean first = true;
        for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
            s.append(first ? "" : ",\n").append("    {\"path\": \"").append(Json.escape(e.getKey()))
                    .append("\", \"size\": ").append(e.getValue().size()).append(", \"sha256\": \"")
                    .append(e.getValue().sha256()).append("\"}");
            first = false;
        }
        s.append("\n  ]\n}\n");
        out.write(SiteAddresses.MANIFEST, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the manifest and commits. Counts as the site's files those the manifest lists and the manifest; as
     * unchanged, the files kept from the current site (a file and its {@code .gz} copy as one).
     */
    @Override
    public Committed commit(String record) throws IOException {
        writeManifest();
        if (previous.isEmpty()) {
            out.commit(record); // nothing kept: the staged site is whole, and replaces the old one
        } else {
            Set<String> removed = new java.util.HashSet<>(previous.keySet());
            removed.removeAll(entries.keySet());
            removed.remove(SiteAddresses.MANIFEST);
            out.commitInPlace(record, removed);
        }
        return new Committed(entries.size() + 1, reused.get(), true);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Whether the file gets a {@code .gz} copy: a text file the site's setting covers. */
    private boolean compressed(String path) {
        int dot = path.lastIndexOf('.');
        return dot > 0 && TEXT.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT)) && precompress.covers(path);
    }

    /**
     * Deterministic gzip: Java writes no file name and a zero timestamp in the header. The fastest level: on these
     * pages it is several times quicker than the default for a few percent more bytes.
     */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
