package org.disclose.files;

import java.io.IOException;
import java.nio.file.Path;
import org.disclose.model.ImageFacts;

/**
 * Reads what a build needs of an image file from its header and metadata segments, without decoding its pixels:
 * its format (by its bytes), stored size, EXIF orientation, whether it carries a GPS position and which kinds of
 * metadata it holds.
 */
public final class ImageHeaders {

    private ImageHeaders() {
    }

    /**
     * @throws IOException when the file cannot be read or is not a JPEG, PNG, GIF or WebP image; the message says
     *                     what is wrong in words fit for an author ("not a JPEG, PNG, GIF or WebP image", "the JPEG
     *                     ends before its size is given")
     */
    public static ImageFacts read(Path file) throws IOException {
        throw new IOException("not implemented yet");
    }
}
