package org.disclose.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.disclose.model.ImageFacts;
import org.disclose.model.PhotoSizes;

/**
 * Publishes a photo as pixels only: decoded, turned to stand as its EXIF orientation says, scaled down to each
 * width of {@link PhotoSizes#widthsFor}, and encoded again with no metadata at all (no EXIF, XMP, IPTC, comments,
 * thumbnails or text chunks). What it made is kept between builds by the source's content and the settings.
 */
public final class PhotoEncoder {

    /** @param cache the folder processed images are kept in between builds, or null to keep none */
    public PhotoEncoder(Path cache, PhotoSizes sizes) {
    }

    /**
     * The published bytes of {@code source} at each width of {@code sizes.widthsFor(facts.shownWidth())}, in that
     * order, in the format of {@code facts.kind()} (JPEG or PNG). Safe to call from several threads at once.
     */
    public List<byte[]> encode(Path source, ImageFacts facts) throws IOException {
        throw new IOException("not implemented yet");
    }
}
