package org.disclose.publish;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclose.files.ImageHeaders;
import org.disclose.model.ImageFacts;
import org.disclose.model.PhotoSizes;

/**
 * Publishes a photo as pixels only: decoded, turned to stand as its EXIF orientation says, scaled down to each
 * width of {@link PhotoSizes#widthsFor}, and encoded again with no metadata at all (no EXIF, XMP, IPTC, comments,
 * thumbnails or text chunks). What it made is kept between builds by the source's content and the settings.
 */
public final class PhotoEncoder {

    /** Part of every cache key: raise it whenever the bytes made from the same source change. */
    static final String VERSION = "disclose-photo-1";

    private static final long MAX_SOURCE_BYTES = 256L << 20;
    /** Larger than any phone's photo (200 MP); beyond it decoding alone would take too long. */
    private static final long MAX_SOURCE_PIXELS = 250_000_000L;
    /**
     * At most this many pixels are decoded, fewer rows and columns being read from a larger photo: 160 MB as
     * packed ints, so that two encodes at once stay well within a build's heap.
     */
    private static final long MAX_DECODED_PIXELS = 40_000_000L;

    private final PhotoCache cache;
    private final PhotoSizes sizes;
    private final AtomicInteger decodes = new AtomicInteger();

    /** @param cache the folder processed images are kept in between builds, or null to keep none */
    public PhotoEncoder(Path cache, PhotoSizes sizes) {
        this.cache = new PhotoCache(cache);
        this.sizes = sizes;
    }

    /**
     * The published bytes of {@code source} at each width of {@code sizes.widthsFor(facts.shownWidth())}, in that
     * order, in the format of {@code facts.kind()} (JPEG or PNG). Safe to call from several threads at once.
     */
    public List<byte[]> encode(Path source, ImageFacts facts) throws IOException {
        if (!facts.kind().published()) {
            throw new IOException("a " + facts.kind() + " image is not published; save it as JPEG or PNG");
        }
        if ((long) facts.width() * facts.height() > MAX_SOURCE_PIXELS) {
            throw new IOException("the image has " + facts.width() + " × " + facts.height()
                    + " pixels, more than the 250 million a site publishes");
        }
        if (Files.size(source) > MAX_SOURCE_BYTES) {
            throw new IOException("the image file is larger than 256 MB");
        }
        byte[] bytes = Files.readAllBytes(source);
        List<Integer> widths = sizes.widthsFor(facts.shownWidth());
        Path folder = cache.usableFolder();
        String digest = folder == null ? null : PhotoCache.sha256(bytes);
        byte[][] out = new byte[widths.size()][];
        String[] names = new String[widths.size()];
        boolean missing = false;
        for (int i = 0; i < out.length; i++) {
            if (folder != null) {
                names[i] = name(digest, facts, widths.get(i));
                byte[] kept = PhotoCache.get(folder, names[i]);
                out[i] = kept != null && clean(kept, facts, widths.get(i)) ? kept : null;
            }
            missing |= out[i] == null;
        }
        if (missing) {
            BufferedImage stored = decode(bytes, facts, widths.get(widths.size() - 1));
            for (int i = out.length - 1; i >= 0; i--) {
                if (out[i] == null) {
                    out[i] = encode(stored, facts, widths.get(i));
                    if (folder != null) {
                        PhotoCache.put(folder, names[i], out[i]);
                    }
                }
            }
        }
        return Arrays.asList(out);
    }

    /** How many times this encoder decoded a source (a cache hit decodes none). */
    int decodes() {
        return decodes.get();
    }

    private BufferedImage decode(byte[] bytes, ImageFacts facts, int largest) throws IOException {
        decodes.incrementAndGet();
        int step = subsampling(facts, largest);
        String format = facts.kind() == ImageFacts.Kind.JPEG ? "jpeg" : "png";
        BufferedImage stored = PhotoDecoder.decode(bytes, format, step);
        int width = (facts.width() + step - 1) / step;
        int height = (facts.height() + step - 1) / step;
        if (stored.getWidth() != width || stored.getHeight() != height) {
            throw new IOException("the image's pixels are " + stored.getWidth() + " × " + stored.getHeight()
                    + " but its header says " + facts.width() + " × " + facts.height());
        }
        return stored;
    }

    /**
     * Reads every n-th pixel only when the photo is far larger than the largest width (three times or more, so
     * that each published pixel still averages several) or too large to hold whole; never below the largest width.
     */
    static int subsampling(ImageFacts facts, int largest) {
        int forQuality = facts.shownWidth() / (3 * largest);
        double pixels = (double) facts.width() * facts.height();
        int forMemory = (int) Math.ceil(Math.sqrt(pixels / MAX_DECODED_PIXELS));
        int ceiling = facts.shownWidth() / largest;
        return Math.max(1, Math.min(ceiling, Math.max(forQuality, forMemory)));
    }

    private byte[] encode(BufferedImage stored, ImageFacts facts, int width) throws IOException {
        int height = PhotoSizes.heightAt(width, facts.shownWidth(), facts.shownHeight());
        // Scaled as stored, at the turned dimensions, then turned: the same pixels as turning first, at less cost.
        BufferedImage scaled = facts.turned() ? PhotoScaler.scale(stored, height, width)
                : PhotoScaler.scale(stored, width, height);
        BufferedImage shown = PhotoOrientation.apply(scaled, facts.orientation());
        return facts.kind() == ImageFacts.Kind.JPEG ? PhotoWriter.jpeg(shown, sizes.quality())
                : PhotoWriter.png(shown);
    }

    private String name(String digest, ImageFacts facts, int width) {
        int height = PhotoSizes.heightAt(width, facts.shownWidth(), facts.shownHeight());
        String key = PhotoCache.sha256(VERSION + "\n" + digest + "\n" + facts.kind() + "\n" + facts.orientation()
                + "\n" + width + "x" + height + "\n" + sizes.quality());
        return key + (facts.kind() == ImageFacts.Kind.JPEG ? ".jpg" : ".png");
    }

    /**
     * Whether kept bytes are what this encoder would have made: of the kind and size asked for, complete, and
     * with no metadata. A damaged or planted entry is then a miss, never published.
     */
    private static boolean clean(byte[] kept, ImageFacts facts, int width) {
        try {
            ImageFacts read = ImageHeaders.read(kept);
            int height = PhotoSizes.heightAt(width, facts.shownWidth(), facts.shownHeight());
            boolean complete = facts.kind() != ImageFacts.Kind.JPEG
                    || kept[kept.length - 2] == (byte) 0xFF && kept[kept.length - 1] == (byte) 0xD9;
            return read.kind() == facts.kind() && read.width() == width && read.height() == height
                    && read.orientation() == 1 && read.metadata().isEmpty() && complete;
        } catch (IOException e) {
            return false;
        }
    }
}
