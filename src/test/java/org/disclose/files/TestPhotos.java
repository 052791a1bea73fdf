package org.disclose.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Test photos made in code: a picture in four coloured quarters (so that a turn or a mirror shows), encoded with
 * ImageIO, with the metadata a phone writes spliced in by hand: EXIF with the photographer, the camera's serial
 * number, a GPS position and a thumbnail; XMP; Photoshop IPTC; a JPEG comment; PNG text chunks.
 */
public final class TestPhotos {

    public static final int RED = 0xE01010;
    public static final int GREEN = 0x10C010;
    public static final int BLUE = 0x1010E0;
    public static final int WHITE = 0xF0F0F0;

    public static final String ARTIST = "张三";
    public static final String SERIAL = "SN-0042-XYZ";

    private TestPhotos() {
    }

    /** Top left red, top right green, bottom left blue, bottom right white. */
    public static BufferedImage quarters(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean right = x >= width / 2;
                boolean bottom = y >= height / 2;
                image.setRGB(x, y, bottom ? (right ? WHITE : BLUE) : (right ? GREEN : RED));
            }
        }
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A phone's photo: the quarters picture stored {@code width} × {@code height} with EXIF orientation
     * {@code orientation}, GPS, serial number, artist and thumbnail, then XMP, IPTC and a comment.
     */
    public static byte[] phonePhoto(int width, int height, int orientation, ByteOrder order) {
        byte[] thumbnail = encode(quarters(16, 12), "jpeg");
        return withSegments(encode(quarters(width, height), "jpeg"),
                segment(0xE1, bytes("Exif\0\0"), exif(order, orientation, true, thumbnail)),
                xmpSegment(), iptcSegment(), segment(0xFE, bytes("拍摄：" + ARTIST + " 相机 " + SERIAL)));
    }

    /** {@code jpeg} with {@code segments} put right after its SOI marker, in order. */
    public static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A marker segment: FF, the marker, the length (counting itself) and the payload. */
    public static byte[] segment(int marker, byte[]... payload) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : payload) {
            body.writeBytes(p);
        }
        int length = body.size() + 2;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("segment too long: " + length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    public static byte[] xmpSegment() {
        return segment(0xE1, bytes("http://ns.adobe.com/xap/1.0/\0"), bytes("""
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"
                 exif:GPSLatitude="43,49.5N" exif:GPSLongitude="125,19.2E" dc:creator="%s"/></rdf:RDF></x:xmpmeta>
                """.formatted(ARTIST)));
    }

    /** A Photoshop image resource block holding IPTC (resource 0x0404) with the by-line. */
    public static byte[] iptcSegment() {
        byte[] byline = bytes(ARTIST);
        ByteArrayOutputStream iptc = new ByteArrayOutputStream();
        iptc.writeBytes(new byte[] {0x1C, 2, 80, 0, (byte) byline.length});
        iptc.writeBytes(byline);
        ByteBuffer resource = ByteBuffer.allocate(12 + iptc.size() + (iptc.size() & 1));
        resource.put(bytes("8BIM")).putShort((short) 0x0404).putShort((short) 0).putInt(iptc.size())
                .put(iptc.toByteArray());
        return segment(0xED, bytes("Photoshop 3.0\0"), resource.array());
    }

    /**
     * An EXIF block (TIFF): IFD0 with Make, Model, Orientation, Artist, the Exif IFD (BodySerialNumber) and, when
     * {@code gps}, the GPS IFD (latitude and longitude with their references); IFD1 pointing at {@code thumbnail},
     * which is stored inside the block. Offsets are from the start of the TIFF header.
     */
    public static byte[] exif(ByteOrder order, int orientation, boolean gps, byte[] thumbnail) {
        Tiff tiff = new Tiff(order);
        int ifd0Entries = gps ? 6 : 5;
        int ifd0 = 8;
        int exifIfd = ifd0 + Tiff.size(ifd0Entries);
        int gpsIfd = exifIfd + Tiff.size(1);
        int ifd1 = gpsIfd + (gps ? Tiff.size(4) : 0);
        int thumb = ifd1 + Tiff.size(2);
        tiff.dataStart(thumb + thumbnail.length);
        List<byte[]> ifds = new ArrayList<>();
        List<Tiff.Entry> zero = new ArrayList<>(List.of(tiff.ascii(0x010F, "Phone Maker"),
                tiff.ascii(0x0110, "Model X"), tiff.shorts(0x0112, orientation), tiff.ascii(0x013B, ARTIST),
                tiff.longs(0x8769, exifIfd)));
        if (gps) {
            zero.add(tiff.longs(0x8825, gpsIfd));
        }
        ifds.add(tiff.ifd(zero, ifd1));
        ifds.add(tiff.ifd(List.of(tiff.ascii(0xA431, SERIAL)), 0));
        if (gps) {
            ifds.add(tiff.ifd(List.of(tiff.ascii(0x0001, "N"), tiff.rationals(0x0002, 43, 1, 49, 1, 3015, 100),
                    tiff.ascii(0x0003, "E"), tiff.rationals(0x0004, 125, 1, 19, 1, 1234, 100)), 0));
        }
        ifds.add(tiff.ifd(List.of(tiff.longs(0x0201, thumb), tiff.longs(0x0202, thumbnail.length)), 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tiff.header(ifd0));
        ifds.forEach(out::writeBytes);
        out.writeBytes(thumbnail);
        out.writeBytes(tiff.data());
        return out.toByteArray();
    }

    /** A PNG chunk: length, type, data and CRC. */
    public static byte[] chunk(String type, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(12 + data.length);
        out.putInt(data.length).put(bytes(type)).put(data);
        CRC32 crc = new CRC32();
        crc.update(out.array(), 4, 4 + data.length);
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /** {@code png} with {@code afterHeader} put right after IHDR and {@code beforeEnd} right before IEND. */
    public static byte[] withChunks(byte[] png, List<byte[]> afterHeader, List<byte[]> beforeEnd) {
        int afterIhdr = 8 + 25;
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        afterHeader.forEach(out::writeBytes);
        out.write(png, afterIhdr, iend - afterIhdr);
        beforeEnd.forEach(out::writeBytes);
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    /** The types of a PNG's chunks, in order, up to IEND. */
    public static List<String> pngChunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            types.add(new String(type, StandardCharsets.ISO_8859_1));
            in.position(in.position() + length + 4);
        }
        return types;
    }

    /** The markers of a JPEG's segments from SOI up to SOS (the image data), in order. */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        markers.add(0xD8);
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return markers;
    }

    /** Where the JPEG's first segment with {@code marker} starts (its FF), walking the segments; -1 if none. */
    public static int segmentAt(byte[] jpeg, int marker) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int m = jpeg[at + 1] & 0xFF;
            if (m == marker) {
                return at;
            }
            if (m == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return -1;
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0) >= 0;
    }

    public static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Whether two colours differ by at most {@code tolerance} in each channel. */
    public static boolean near(int rgb, int expected, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xFF) - (expected >> shift & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Lays out IFDs: 12-byte entries, values over four bytes in a data area after everything else. */
    private static final class Tiff {
        record Entry(int tag, int type, int count, byte[] value) {
        }

        private final ByteOrder order;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private int dataStart;

        Tiff(ByteOrder order) {
            this.order = order;
        }

        static int size(int entries) {
            return 2 + 12 * entries + 4;
        }

        void dataStart(int offset) {
            dataStart = offset;
        }

        byte[] header(int ifd0) {
            ByteBuffer b = ByteBuffer.allocate(8).order(order);
            b.put(order == ByteOrder.LITTLE_ENDIAN ? bytes("II") : bytes("MM")).putShort((short) 42).putInt(ifd0);
            return b.array();
        }

        Entry ascii(int tag, String text) {
            byte[] value = bytes(text + "\0");
            return new Entry(tag, 2, value.length, value);
        }

        Entry shorts(int tag, int value) {
            return new Entry(tag, 3, 1, ByteBuffer.allocate(2).order(order).putShort((short) value).array());
        }

        Entry longs(int tag, long value) {
            return new Entry(tag, 4, 1, ByteBuffer.allocate(4).order(order).putInt((int) value).array());
        }

        Entry rationals(int tag, int... parts) {
            ByteBuffer b = ByteBuffer.allocate(4 * parts.length).order(order);
            for (int p : parts) {
                b.putInt(p);
            }
            return new Entry(tag, 5, parts.length / 2, b.array());
        }

        byte[] ifd(List<Entry> entries, int next) {
            ByteBuffer b = ByteBuffer.allocate(size(entries.size())).order(order);
            b.putShort((short) entries.size());
            for (Entry e : entries) {
                b.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
                if (e.value().length <= 4) {
                    b.put(e.value()).position(b.position() + 4 - e.value().length);
                } else {
                    b.putInt(dataStart + data.size());
                    data.writeBytes(e.value());
                }
            }
            b.putInt(next);
            return b.array();
        }

        byte[] data() {
            return data.toByteArray();
        }
    }
}
