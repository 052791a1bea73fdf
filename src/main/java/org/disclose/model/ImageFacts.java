package org.disclose.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a build knows of an image file before publishing it, read from its header and metadata only (no pixels).
 *
 * @param kind        the format its bytes are in (not its name's extension)
 * @param width       the stored width in pixels
 * @param height      the stored height in pixels
 * @param orientation the EXIF orientation (1 to 8; 1 when none is given): 5 to 8 turn the picture a quarter
 * @param gps         whether its metadata held a GPS position
 * @param metadata    the kinds of metadata it carried, which publishing removes ({@code EXIF}, {@code XMP},
 *                    {@code IPTC}, {@code comment}, {@code thumbnail}, {@code text}), in the order found
 */
public record ImageFacts(Kind kind, int width, int height, int orientation, boolean gps, List<String> metadata)
        implements Serializable {

    public ImageFacts {
        metadata = List.copyOf(metadata);
    }

    /** The formats an image may be stored in; only JPEG and PNG are published. */
    public enum Kind {
        JPEG, PNG, GIF, WEBP;

        /** Whether the site publishes images of this kind (ImageIO writes JPEG and PNG, cleanly). */
        public boolean published() {
            return this == JPEG || this == PNG;
        }
    }

    /** Whether the picture lies on its side as stored, so that applying the orientation swaps width and height. */
    public boolean turned() {
        return orientation >= 5 && orientation <= 8;
    }

    /** The width as the picture stands, orientation applied. */
    public int shownWidth() {
        return turned() ? height : width;
    }

    /** The height as the picture stands, orientation applied. */
    public int shownHeight() {
        return turned() ? width : height;
    }
}
