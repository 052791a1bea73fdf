package org.disclose.files;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.disclose.model.ImageFacts;

/**
 * Walks a JPEG's marker segments from its start to its image data (SOS), each skipped by its length, reading the
 * size from the frame header (SOFn) and noting the metadata segments a published photo must not keep.
 */
final class JpegHeader {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_EXTENDED = "http://ns.adobe.com/xmp/extension/\0"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PHOTOSHOP = "Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JFXX = "JFXX\0".getBytes(StandardCharsets.ISO_8859_1);
    /** Multi-picture format: phones append a full-size preview after the image and describe it here. */
    private static final byte[] MPF = "MPF\0".getBytes(StandardCharsets.ISO_8859_1);

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP13 = 0xED;
    private static final int COM = 0xFE;

    private JpegHeader() {
    }

    /** Reads on from just after the SOI marker. */
    static ImageFacts read(HeaderInput in) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        int width = 0;
        int height = 0;
        ExifBlock exif = null;
        boolean gps = false;
        try {
            while (true) {
                int marker = nextMarker(in);
                if (marker == SOS) {
                    break;
                }
                if (marker == EOI) {
                    throw new EOFException();
                }
                if (standalone(marker)) {
                    continue;
                }
                int length = in.u16be() - 2;
                if (length < 0) {
                    throw new IOException("the JPEG is damaged: a segment gives a length shorter than its own header");
                }
                if (frame(marker) && width == 0) {
                    if (length < 6) {
                        throw new IOException("the JPEG is damaged: its frame header is too short to give a size");
                    }
                    in.u8();
                    height = in.u16be();
                    width = in.u16be();
                    if (width == 0 || height == 0) {
                        throw new IOException("the JPEG gives no size (its width or height is 0)");
                    }
                    in.skip(length - 5);
                } else if (marker == APP1) {
                    byte[] data = in.bytes(length);
                    if (startsWith(data, EXIF)) {
                        found.add("EXIF");
                        ExifBlock block = ExifBlock.parse(data, EXIF.length, data.length - EXIF.length);
                        exif = exif == null ? block : exif;
                        gps |= block.gps();
                        if (block.thumbnail()) {
                            found.add("thumbnail");
                        }
                    } else if (startsWith(data, XMP) || startsWith(data, XMP_EXTENDED)) {
                        found.add("XMP");
                    }
                } else if (marker == APP0 || marker == APP2 || marker == APP13) {
                    byte[] head = in.bytes(Math.min(length, 16));
                    in.skip(length - head.length);
                    if (marker == APP13 && startsWith(head, PHOTOSHOP)) {
                        found.add("IPTC");
                    } else if (marker == APP2 && startsWith(head, MPF) || marker == APP0 && jfifThumbnail(head)) {
                        found.add("thumbnail");
                    }
                } else {
                    if (marker == COM) {
                        found.add("comment");
                    }
                    in.skip(length);
                }
            }
        } catch (EOFException e) {
            throw new IOException(width == 0 ? "the JPEG ends before its size is given"
                    : "the JPEG ends before its image data");
        }
        if (width == 0) {
            throw new IOException("the JPEG gives no size before its image data");
        }
        int orientation = exif == null ? 1 : exif.orientation();
        return new ImageFacts(ImageFacts.Kind.JPEG, width, height, orientation, gps, new ArrayList<>(found));
    }

    /**
     * The next marker's code. Fill bytes (0xFF) before it are allowed, and so are stray bytes between segments,
     * which decoders skip too (libjpeg's "extraneous bytes before marker").
     */
    private static int nextMarker(HeaderInput in) throws IOException {
        int b = in.u8();
        while (true) {
            while (b != 0xFF) {
                b = in.u8();
            }
            while (b == 0xFF) {
                b = in.u8();
            }
            if (b != 0x00) {
                return b;
            }
        }
    }

    /** TEM, RSTn and SOI carry no length. */
    private static boolean standalone(int marker) {
        return marker == 0x01 || marker >= 0xD0 && marker <= 0xD8;
    }

    /** SOF0–3, 5–7, 9–11, 13–15: every frame header; C4 (DHT), C8 (JPG) and CC (DAC) are not. */
    private static boolean frame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** A JFIF header with a thumbnail of its own (width and height non-zero), or a JFXX thumbnail extension. */
    private static boolean jfifThumbnail(byte[] head) {
        if (startsWith(head, JFXX)) {
            return true;
        }
        return startsWith(head, JFIF) && head.length >= 14 && head[12] != 0 && head[13] != 0;
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
