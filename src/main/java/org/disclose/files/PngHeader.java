package org.disclose.files;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.disclose.model.ImageFacts;

/**
 * Walks a PNG's chunks from IHDR to IEND, each skipped by its length (image data included, so text chunks after it
 * are seen too), noting the EXIF (eXIf) and text chunks a published image must not keep.
 */
final class PngHeader {

    /** An eXIf chunk larger than this is noted but not parsed; phones write a few kilobytes. */
    static final int EXIF_PARSE_LIMIT = 1 << 20;
    private static final long MAX_LENGTH = 0x7FFF_FFFFL;
    private static final byte[] EXIF_PREFIX = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private PngHeader() {
    }

    /** Reads on from just after the 8-byte signature. */
    static ImageFacts read(HeaderInput in) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        int width;
        int height;
        ExifBlock exif = null;
        try {
            long length = in.u32be();
            if (length != 13 || !"IHDR".equals(type(in))) {
                throw new IOException("the PNG is damaged: it does not start with its header chunk (IHDR)");
            }
            long w = in.u32be();
            long h = in.u32be();
            if (w == 0 || h == 0 || w > MAX_LENGTH || h > MAX_LENGTH) {
                throw new IOException("the PNG gives no valid size (" + w + " × " + h + ")");
            }
            width = (int) w;
            height = (int) h;
            in.skip(5 + 4);
        } catch (EOFException e) {
            throw new IOException("the PNG ends before its size is given");
        }
        try {
            while (true) {
                long length = in.u32be();
                String type = type(in);
                if (length > MAX_LENGTH || length + 4 > in.remaining()) {
                    throw new EOFException();
                }
                if (type.equals("IEND")) {
                    break;
                }
                int size = (int) length;
                switch (type) {
                    case "eXIf" -> {
                        found.add("EXIF");
                        if (size <= EXIF_PARSE_LIMIT) {
                            byte[] data = in.bytes(size);
                            int skip = JpegHeader.startsWith(data, EXIF_PREFIX) ? EXIF_PREFIX.length : 0;
                            ExifBlock block = ExifBlock.parse(data, skip, data.length - skip);
                            exif = exif == null ? block : exif;
                            if (block.thumbnail()) {
                                found.add("thumbnail");
                            }
                            size = 0;
                        }
                    }
                    case "tEXt", "zTXt" -> found.add("text");
                    case "iTXt" -> {
                        byte[] head = in.bytes(Math.min(size, 80));
                        size -= head.length;
                        found.add(keyword(head).equals("XML:com.adobe.xmp") ? "XMP" : "text");
                    }
                    default -> {
                    }
                }
                in.skip(size + 4L);
            }
        } catch (EOFException e) {
            throw new IOException("the PNG ends before its last chunk (IEND): the file is cut short");
        }
        int orientation = exif == null ? 1 : exif.orientation();
        boolean gps = exif != null && exif.gps();
        return new ImageFacts(ImageFacts.Kind.PNG, width, height, orientation, gps, new ArrayList<>(found));
    }

    private static String type(HeaderInput in) throws IOException {
        return new String(in.bytes(4), StandardCharsets.ISO_8859_1);
    }

    /** The keyword an iTXt chunk starts with, up to its NUL. */
    private static String keyword(byte[] head) {
        int end = 0;
        while (end < head.length && head[end] != 0) {
            end++;
        }
        return new String(head, 0, end, StandardCharsets.ISO_8859_1);
    }
}
