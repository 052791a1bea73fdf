package org.disclose.files;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.disclose.model.ImageFacts;

/**
 * Walks a WebP file's RIFF chunks: the size from the first of VP8X (the canvas), VP8 (lossy) or VP8L (lossless),
 * and the EXIF and XMP chunks it carries. A site does not publish WebP, but the build still names its size.
 */
final class WebpHeader {

    private static final byte[] EXIF_PREFIX = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private WebpHeader() {
    }

    /** Reads on from just after "RIFF", the RIFF size and "WEBP" (the size given). */
    static ImageFacts read(HeaderInput in, long riffSize) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        int width = 0;
        int height = 0;
        ExifBlock exif = null;
        long end = Math.min(8 + riffSize, in.position() + in.remaining());
        try {
            while (end - in.position() >= 8) {
                String type = new String(in.bytes(4), StandardCharsets.ISO_8859_1);
                long size = in.u32le();
                if (size > end - in.position()) {
                    throw new EOFException();
                }
                long start = in.position();
                if (width == 0 && type.equals("VP8X") && size >= 10) {
                    in.skip(4);
                    width = in.u24le() + 1;
                    height = in.u24le() + 1;
                } else if (width == 0 && type.equals("VP8 ") && size >= 10) {
                    in.skip(3);
                    if (in.u8() != 0x9D || in.u8() != 0x01 || in.u8() != 0x2A) {
                        throw new IOException("the WebP image is damaged: its VP8 frame has no start code");
                    }
                    width = in.u16le() & 0x3FFF;
                    height = in.u16le() & 0x3FFF;
                } else if (width == 0 && type.equals("VP8L") && size >= 5) {
                    if (in.u8() != 0x2F) {
                        throw new IOException("the WebP image is damaged: its VP8L data has no signature");
                    }
                    long bits = in.u32le();
                    width = (int) (bits & 0x3FFF) + 1;
                    height = (int) (bits >> 14 & 0x3FFF) + 1;
                } else if (type.equals("EXIF")) {
                    found.add("EXIF");
                    if (size <= PngHeader.EXIF_PARSE_LIMIT) {
                        byte[] data = in.bytes((int) size);
                        int skip = JpegHeader.startsWith(data, EXIF_PREFIX) ? EXIF_PREFIX.length : 0;
                        ExifBlock block = ExifBlock.parse(data, skip, data.length - skip);
                        exif = exif == null ? block : exif;
                        if (block.thumbnail()) {
                            found.add("thumbnail");
                        }
                    }
                } else if (type.equals("XMP ")) {
                    found.add("XMP");
                }
                long next = start + size + (size & 1);
                in.skip(Math.min(next, end) - in.position());
            }
        } catch (EOFException e) {
            throw new IOException("the WebP image ends before its last chunk: the file is cut short");
        }
        if (width == 0 || height == 0) {
            throw new IOException("the WebP image gives no size");
        }
        int orientation = exif == null ? 1 : exif.orientation();
        boolean gps = exif != null && exif.gps();
        return new ImageFacts(ImageFacts.Kind.WEBP, width, height, orientation, gps, new ArrayList<>(found));
    }
}
