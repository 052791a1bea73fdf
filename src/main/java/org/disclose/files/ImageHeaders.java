package org.disclose.files;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.model.ImageFacts;

/**
 * Reads what a build needs of an image file from its header and metadata segments, without decoding its pixels:
 * its format (by its bytes), stored size, EXIF orientation, whether it carries a GPS position and which kinds of
 * metadata it holds.
 */
public final class ImageHeaders {

    private static final String NOT_AN_IMAGE = "not a JPEG, PNG, GIF or WebP image";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageHeaders() {
    }

    /**
     * @throws IOException when the file cannot be read or is not a JPEG, PNG, GIF or WebP image; the message says
     *                     what is wrong in words fit for an author ("not a JPEG, PNG, GIF or WebP image", "the JPEG
     *                     ends before its size is given")
     */
    public static ImageFacts read(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            return read(new HeaderInput(channel));
        }
    }

    /** The same, of an image held in memory (such as one read back from a cache). */
    public static ImageFacts read(byte[] image) throws IOException {
        return read(new HeaderInput(image));
    }

    private static ImageFacts read(HeaderInput in) throws IOException {
        // Every format's signature and size fit in the first 12 bytes; no real image is shorter.
        if (in.remaining() < 12) {
            throw new IOException(NOT_AN_IMAGE);
        }
        byte[] head = in.bytes(12);
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            in.seek(2);
            return JpegHeader.read(in);
        }
        if (JpegHeader.startsWith(head, PNG)) {
            in.seek(PNG.length);
            return PngHeader.read(in);
        }
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            int width = (head[6] & 0xFF) | (head[7] & 0xFF) << 8;
            int height = (head[8] & 0xFF) | (head[9] & 0xFF) << 8;
            if (width == 0 || height == 0) {
                throw new IOException("the GIF gives no size (its width or height is 0)");
            }
            return new ImageFacts(ImageFacts.Kind.GIF, width, height, 1, false, List.of());
        }
        if (ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8)) {
            long riffSize = (head[4] & 0xFF) | (head[5] & 0xFF) << 8 | (head[6] & 0xFF) << 16
                    | (long) (head[7] & 0xFF) << 24;
            return WebpHeader.read(in, riffSize);
        }
        throw new IOException(NOT_AN_IMAGE);
    }
}
