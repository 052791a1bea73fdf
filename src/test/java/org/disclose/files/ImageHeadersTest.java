package org.disclose.files;

import static org.disclose.files.TestPhotos.bytes;
import static org.disclose.files.TestPhotos.chunk;
import static org.disclose.files.TestPhotos.encode;
import static org.disclose.files.TestPhotos.quarters;
import static org.disclose.files.TestPhotos.segment;
import static org.disclose.files.TestPhotos.withSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.disclose.model.ImageFacts;
import org.disclose.model.ImageFacts.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link ImageHeaders} reads of real image files written by ImageIO, with metadata spliced in by hand. */
class ImageHeadersTest {

    private static final String NOT_AN_IMAGE = "not a JPEG, PNG, GIF or WebP image";

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private ImageFacts read(byte[] content) throws IOException {
        return ImageHeaders.read(file("image", content));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPhonePhotoShowsItsSizeOrientationPositionAndEveryKindOfMetadata(boolean bigEndian) throws IOException {
        ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        byte[] photo = TestPhotos.phonePhoto(64, 48, 6, order);
        ImageFacts facts = read(photo);
        assertEquals(new ImageFacts(Kind.JPEG, 64, 48, 6, true,
                List.of("EXIF", "thumbnail", "XMP", "IPTC", "comment")), facts);
        assertEquals(48, facts.shownWidth());
        assertEquals(facts, ImageHeaders.read(photo), "the same read from memory");
    }

    @Test
    void aJpegAsImageIoWritesItCarriesNothingAndAnIccProfileIsNoMetadata() throws IOException {
        byte[] plain = encode(quarters(40, 30), "jpeg");
        assertEquals(new ImageFacts(Kind.JPEG, 40, 30, 1, false, List.of()), read(plain));
        byte[] icc = withSegments(plain, segment(0xE2, bytes("ICC_PROFILE\0"), new byte[] {1, 1}, new byte[200]));
        assertEquals(new ImageFacts(Kind.JPEG, 40, 30, 1, false, List.of()), read(icc));
    }

    @Test
    void exifWithoutGpsGivesNoPositionAndAGpsDirectoryHoldingOnlyItsVersionIsNone() throws IOException {
        byte[] plain = encode(quarters(40, 30), "jpeg");
        byte[] noGps = TestPhotos.exif(ByteOrder.LITTLE_ENDIAN, 3, false, new byte[10]);
        ImageFacts facts = read(withSegments(plain, segment(0xE1, bytes("Exif\0\0"), noGps)));
        assertEquals(3, facts.orientation());
        assertFalse(facts.gps());

        // IFD0: one entry, the GPS IFD at 26; the GPS IFD: GPSVersionID 2.2.0.0 only.
        ByteBuffer tiff = tiff(ByteOrder.LITTLE_ENDIAN, 44);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0).putShort((short) 1).putInt(4).put(new byte[] {2, 2, 0, 0})
                .putInt(0);
        assertFalse(read(withSegments(plain, segment(0xE1, bytes("Exif\0\0"), tiff.array()))).gps());
    }

    @Test
    void aThumbnailInTheJfifHeaderOrAMultiPictureIndexIsReported() throws IOException {
        byte[] plain = encode(quarters(40, 30), "jpeg");
        byte[] jfxx = withSegments(plain, segment(0xE0, bytes("JFXX\0"), new byte[] {0x10}, new byte[40]));
        assertEquals(List.of("thumbnail"), read(jfxx).metadata());
        byte[] mpf = withSegments(plain, segment(0xE2, bytes("MPF\0"), new byte[40]));
        assertEquals(List.of("thumbnail"), read(mpf).metadata());
        byte[] extendedXmp = withSegments(plain, segment(0xE1, bytes("http://ns.adobe.com/xmp/extension/\0"),
                new byte[60]));
        assertEquals(List.of("XMP"), read(extendedXmp).metadata());
    }

    @Test
    void strayBytesBetweenSegmentsAreSkippedAsDecodersDo() throws IOException {
        byte[] plain = encode(quarters(40, 30), "jpeg");
        byte[] stray = withSegments(plain, segment(0xFE, bytes("note")), new byte[] {0x00, 0x12, 0x34},
                new byte[] {(byte) 0xFF, (byte) 0xFF});
        assertEquals(new ImageFacts(Kind.JPEG, 40, 30, 1, false, List.of("comment")), read(stray));
    }

    @Test
    void aPngShowsItsExifTextAndXmpChunksWhereverTheyStand() throws IOException {
        byte[] png = encode(quarters(30, 20), "png");
        byte[] exif = TestPhotos.exif(ByteOrder.BIG_ENDIAN, 8, true, new byte[20]);
        byte[] xmp = bytes("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>");
        byte[] marked = TestPhotos.withChunks(png,
                List.of(chunk("tIME", new byte[7]), chunk("eXIf", exif), chunk("iTXt", xmp)),
                List.of(chunk("tEXt", bytes("Author\0" + TestPhotos.ARTIST))));
        assertEquals(new ImageFacts(Kind.PNG, 30, 20, 8, true, List.of("EXIF", "thumbnail", "XMP", "text")),
                read(marked));

        byte[] texts = TestPhotos.withChunks(png, List.of(chunk("zTXt", bytes("Comment\0\0x")),
                chunk("iTXt", bytes("Title\0\0\0\0\0photo"))), List.of());
        assertEquals(new ImageFacts(Kind.PNG, 30, 20, 1, false, List.of("text")), read(texts));
        assertEquals(new ImageFacts(Kind.PNG, 30, 20, 1, false, List.of()), read(png));
    }

    @Test
    void aGifsSizeIsRead() throws IOException {
        assertEquals(new ImageFacts(Kind.GIF, 33, 21, 1, false, List.of()), read(encode(quarters(33, 21), "gif")));
    }

    @Test
    void aWebpsSizeIsReadFromEachKindOfBitstreamAndItsMetadataChunksAreNoted() throws IOException {
        // Lossless: signature 0x2F, then width-1 and height-1 in 14 bits each, little-endian.
        int bits = (300 - 1) | (200 - 1) << 14;
        byte[] lossless = webp(riffChunk("VP8L", ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0x2F).putInt(bits).array()));
        assertEquals(new ImageFacts(Kind.WEBP, 300, 200, 1, false, List.of()), read(lossless));

        // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then width and height in 14 bits each.
        byte[] frame = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN).put(new byte[] {0x10, 0x02, 0x00})
                .put(new byte[] {(byte) 0x9D, 0x01, 0x2A}).putShort((short) 640).putShort((short) 480).array();
        assertEquals(new ImageFacts(Kind.WEBP, 640, 480, 1, false, List.of()), read(webp(riffChunk("VP8 ", frame))));

        // Extended: the canvas size (24 bits each, minus one), then EXIF with a position, then XMP.
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN).putInt(0x0C);
        vp8x.put((byte) 999).put((byte) (999 >> 8)).put((byte) 0).put((byte) 699).put((byte) (699 >> 8))
                .put((byte) 0);
        byte[] exif = TestPhotos.exif(ByteOrder.LITTLE_ENDIAN, 6, true, new byte[9]);
        byte[] extended = webp(riffChunk("VP8X", vp8x.array()), riffChunk("VP8 ", frame), riffChunk("EXIF", exif),
                riffChunk("XMP ", bytes("<x:xmpmeta/>")));
        assertEquals(new ImageFacts(Kind.WEBP, 1000, 700, 6, true, List.of("EXIF", "thumbnail", "XMP")),
                read(extended));
    }

    @Test
    void anythingElseIsNotAnImage() throws IOException {
        for (byte[] other : List.of(new byte[0], bytes("hello, this is text and no picture"), bytes("GIF88a0123456"),
                bytes("BM\0\0\0\0\0\0\0\0\0\0\0\0"), bytes("RIFF\0\0\0\0WAVEfmt "), new byte[] {(byte) 0xFF, (byte) 0xD8})) {
            IOException e = assertThrows(IOException.class, () -> read(other));
            assertEquals(NOT_AN_IMAGE, e.getMessage());
        }
        assertThrows(IOException.class, () -> ImageHeaders.read(dir.resolve("absent.jpg")));
        assertThrows(IOException.class, () -> ImageHeaders.read(dir));
    }

    @Test
    void aJpegCutShortAnywhereBeforeItsImageDataIsRefusedInWords() throws IOException {
        byte[] photo = TestPhotos.phonePhoto(64, 48, 6, ByteOrder.LITTLE_ENDIAN);
        int sos = TestPhotos.segmentAt(photo, 0xDA);
        int sof = TestPhotos.segmentAt(photo, 0xC0);
        assertTrue(sof > 0 && sos > sof);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int cut = 12; cut < sos + 2; cut++) {
                byte[] part = Arrays.copyOf(photo, cut);
                IOException e = assertThrows(IOException.class, () -> ImageHeaders.read(part), "cut at " + cut);
                assertEquals(cut < sof + 9 ? "the JPEG ends before its size is given"
                        : "the JPEG ends before its image data", e.getMessage(), "cut at " + cut);
            }
        });
        assertEquals(64, ImageHeaders.read(Arrays.copyOf(photo, sos + 2)).width(), "the header ends at SOS");
    }

    @Test
    void aPngCutShortAnywhereIsRefused() {
        byte[] png = TestPhotos.withChunks(encode(quarters(30, 20), "png"), List.of(),
                List.of(chunk("tEXt", bytes("a\0b"))));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int cut = 12; cut < png.length; cut++) {
                byte[] part = Arrays.copyOf(png, cut);
                IOException e = assertThrows(IOException.class, () -> ImageHeaders.read(part), "cut at " + cut);
                assertTrue(e.getMessage().startsWith("the PNG "), e.getMessage());
            }
        });
    }

    @Test
    void damagedSegmentsAndSizesAreRefusedInWords() throws IOException {
        byte[] plain = encode(quarters(40, 30), "jpeg");
        IOException shortLength = assertThrows(IOException.class,
                () -> read(withSegments(plain, new byte[] {(byte) 0xFF, (byte) 0xE5, 0, 1})));
        assertTrue(shortLength.getMessage().contains("length"), shortLength.getMessage());

        byte[] noWidth = plain.clone();
        int sof = TestPhotos.segmentAt(noWidth, 0xC0);
        noWidth[sof + 7] = 0;
        noWidth[sof + 8] = 0;
        IOException zero = assertThrows(IOException.class, () -> read(noWidth));
        assertEquals("the JPEG gives no size (its width or height is 0)", zero.getMessage());

        byte[] noSize = withSegments(new byte[] {(byte) 0xFF, (byte) 0xD8}, segment(0xFE, bytes("just a comment")),
                new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2});
        assertEquals("the JPEG gives no size before its image data",
                assertThrows(IOException.class, () -> read(noSize)).getMessage());
    }

    @Test
    void exifOffsetsThatLoopOrLeadOutsideTheBlockAreIgnored() throws IOException {
        byte[] plain = encode(quarters(40, 30), "jpeg");
        // Each: IFD0 at 8 holding Orientation 3 and a GPS pointer, then IFD0's pointer to IFD1.
        List<Consumer<ByteBuffer>> damaged = List.of(
                t -> ifd0(t, 3, 8, 8),                    // GPS and IFD1 both point back at IFD0
                t -> ifd0(t, 3, 0xFFFF_FFF0, 0xFFFF_FFF0), // both far beyond the block
                t -> ifd0(t, 3, 34, 34),                  // both point at the IFD1 pointer itself
                t -> t.putInt(4, 0xFFFF_FFF0),           // IFD0 beyond the block
                t -> t.putShort(8, (short) 0xFFFF),      // IFD0 claims 65535 entries
                t -> t.putShort(2, (short) 43),          // not TIFF
                t -> ifd0(t, 9, 0, 0),                    // orientation out of range
                t -> ifd0(t, 3, 7, 0x7FFF_FFFF));        // into the header; far beyond
        List<Integer> orientations = List.of(3, 3, 3, 1, 3, 1, 1, 3);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < damaged.size(); i++) {
                ByteBuffer tiff = tiff(ByteOrder.BIG_ENDIAN, 60);
                ifd0(tiff, 3, 0, 0);
                damaged.get(i).accept(tiff);
                ImageFacts facts = read(withSegments(plain, segment(0xE1, bytes("Exif\0\0"), tiff.array())));
                assertEquals(orientations.get(i), facts.orientation(), "case " + i);
                assertEquals(List.of("EXIF"), facts.metadata(), "case " + i);
            }
        });
        for (byte[] tiny : List.of(new byte[0], bytes("MM"), bytes("II*\0"))) {
            ImageFacts facts = read(withSegments(plain, segment(0xE1, bytes("Exif\0\0"), tiny)));
            assertEquals(new ImageFacts(Kind.JPEG, 40, 30, 1, false, List.of("EXIF")), facts);
        }
    }

    /** Thousands of damaged copies of a phone photo: each is read or refused with an IOException, never worse. */
    @Test
    void damagedPhotosGiveFactsOrAnIoExceptionAndNeverHang() {
        byte[] photo = TestPhotos.phonePhoto(64, 48, 6, ByteOrder.LITTLE_ENDIAN);
        int header = TestPhotos.segmentAt(photo, 0xDA) + 10;
        Random random = new Random(20);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < 3000; round++) {
                byte[] copy = photo.clone();
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    int at = random.nextInt(header);
                    copy[at] = switch (random.nextInt(4)) {
                        case 0 -> (byte) 0xFF;
                        case 1 -> 0;
                        default -> (byte) random.nextInt(256);
                    };
                }
                if (random.nextInt(4) == 0) {
                    copy = Arrays.copyOf(copy, random.nextInt(copy.length));
                }
                try {
                    ImageFacts facts = ImageHeaders.read(copy);
                    assertTrue(facts.orientation() >= 1 && facts.orientation() <= 8);
                } catch (IOException e) {
                    assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "round " + round);
                } catch (RuntimeException e) {
                    fail("round " + round + ": " + e, e);
                }
            }
        });
    }

    /** A TIFF header (IFD0 at 8) in a block of {@code size} bytes, positioned at IFD0. */
    private static ByteBuffer tiff(ByteOrder order, int size) {
        ByteBuffer b = ByteBuffer.allocate(size).order(order);
        b.put(bytes(order == ByteOrder.BIG_ENDIAN ? "MM" : "II")).putShort((short) 42).putInt(8);
        return b;
    }

    /** IFD0 at 8: Orientation, the GPS pointer, then the pointer to IFD1 (26 bytes in all). */
    private static void ifd0(ByteBuffer t, int orientation, int gps, int ifd1) {
        t.position(8);
        t.putShort((short) 2);
        t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
        t.putInt(ifd1);
    }

    private static byte[] riffChunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        return b.put(bytes(type)).putInt(data.length).put(data).array();
    }

    private static byte[] webp(byte[]... chunks) {
        int size = 4 + Arrays.stream(chunks).mapToInt(c -> c.length).sum();
        ByteBuffer b = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(bytes("RIFF")).putInt(size).put(bytes("WEBP"));
        for (byte[] c : chunks) {
            b.put(c);
        }
        return b.array();
    }
}
