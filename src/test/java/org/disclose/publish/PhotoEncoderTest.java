package org.disclose.publish;

import static org.disclose.files.TestPhotos.BLUE;
import static org.disclose.files.TestPhotos.GREEN;
import static org.disclose.files.TestPhotos.RED;
import static org.disclose.files.TestPhotos.WHITE;
import static org.disclose.files.TestPhotos.bytes;
import static org.disclose.files.TestPhotos.chunk;
import static org.disclose.files.TestPhotos.contains;
import static org.disclose.files.TestPhotos.encode;
import static org.disclose.files.TestPhotos.quarters;
import static org.disclose.files.TestPhotos.segment;
import static org.disclose.files.TestPhotos.withSegments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.disclose.files.ImageHeaders;
import org.disclose.files.TestPhotos;
import org.disclose.model.ImageFacts;
import org.disclose.model.PhotoSizes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link PhotoEncoder} publishes of real photos, read back with ImageIO and {@link ImageHeaders}. */
class PhotoEncoderTest {

    /** JPEG at quality 80 moves a flat colour by a few levels, and more where two quarters meet. */
    private static final int TOLERANCE = 40;

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static List<byte[]> publish(PhotoEncoder encoder, Path source) throws IOException {
        return encoder.encode(source, ImageHeaders.read(source));
    }

    private static BufferedImage decoded(byte[] image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image));
    }

    /** The colours at the middle of each quarter: top left, top right, bottom left, bottom right. */
    private static List<Integer> quarterColours(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return List.of(image.getRGB(w / 4, h / 4), image.getRGB(3 * w / 4, h / 4), image.getRGB(w / 4, 3 * h / 4),
                image.getRGB(3 * w / 4, 3 * h / 4));
    }

    private static void assertQuarters(List<Integer> expected, BufferedImage image, String what) {
        List<Integer> actual = quarterColours(image);
        for (int i = 0; i < 4; i++) {
            assertTrue(TestPhotos.near(actual.get(i), expected.get(i), TOLERANCE), what + ": quarter " + i
                    + " is " + Integer.toHexString(actual.get(i) & 0xFFFFFF) + ", expected "
                    + Integer.toHexString(expected.get(i)));
        }
    }

    /** Issue 20: a phone's photo goes on the site with no position, serial number, name or thumbnail. */
    @Test
    void aPhonePhotoIsPublishedWithNoneOfItsMetadataAndStandingUpright() throws IOException {
        Path source = file("photo.jpg", TestPhotos.phonePhoto(640, 480, 6, ByteOrder.LITTLE_ENDIAN));
        ImageFacts facts = ImageHeaders.read(source);
        assertTrue(facts.gps() && facts.metadata().containsAll(List.of("EXIF", "thumbnail", "XMP", "IPTC")));

        List<byte[]> out = new PhotoEncoder(null, PhotoSizes.DEFAULT).encode(source, facts);
        assertEquals(1, out.size(), "480 is the only width, as the photo stands 480 wide");
        byte[] published = out.get(0);
        assertTrue(Set.of(0xD8, 0xE0, 0xDB, 0xC2, 0xC4, 0xDA).containsAll(TestPhotos.jpegMarkers(published)),
                "before its image data only SOI, JFIF, tables and the frame: " + TestPhotos.jpegMarkers(published));
        // In entropy-coded data FF is always followed by 00 or a restart marker, so any FF E1 to FF EF or FF FE
        // anywhere in the file, even between later scans, would be an APPn or COM segment.
        for (int i = 0; i + 1 < published.length; i++) {
            int next = published[i + 1] & 0xFF;
            assertFalse(published[i] == (byte) 0xFF && (next >= 0xE1 && next <= 0xEF || next == 0xFE),
                    "a segment FF " + Integer.toHexString(next) + " at " + i);
        }
        for (String secret : List.of("Exif", TestPhotos.SERIAL, TestPhotos.ARTIST, "http://ns.adobe.com",
                "Photoshop", "8BIM")) {
            assertFalse(contains(published, bytes(secret)), secret);
        }
        assertEquals(-1, TestPhotos.indexOf(published, new byte[] {(byte) 0xFF, (byte) 0xD8}, 1),
                "no second image (the thumbnail) inside");
        assertEquals(new ImageFacts(ImageFacts.Kind.JPEG, 480, 640, 1, false, List.of()),
                ImageHeaders.read(published));

        // Orientation 6: the stored picture is turned a quarter clockwise, so its blue bottom-left quarter is
        // now at the top left, and the red top-left quarter at the top right.
        BufferedImage image = decoded(published);
        assertEquals(480, image.getWidth());
        assertEquals(640, image.getHeight());
        assertQuarters(List.of(BLUE, RED, WHITE, GREEN), image, "orientation 6");
    }

    /** What each EXIF orientation shows of a picture stored red, green over blue, white (from the EXIF spec). */
    private static final Map<Integer, List<Integer>> SHOWN = Map.of(
            1, List.of(RED, GREEN, BLUE, WHITE),
            2, List.of(GREEN, RED, WHITE, BLUE),
            3, List.of(WHITE, BLUE, GREEN, RED),
            4, List.of(BLUE, WHITE, RED, GREEN),
            5, List.of(RED, BLUE, GREEN, WHITE),
            6, List.of(BLUE, RED, WHITE, GREEN),
            7, List.of(WHITE, GREEN, BLUE, RED),
            8, List.of(GREEN, WHITE, RED, BLUE));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationIsAppliedSoThePictureStandsAsTheCameraSawIt(int orientation) throws IOException {
        Path source = file("photo.jpg", TestPhotos.phonePhoto(96, 64, orientation, ByteOrder.BIG_ENDIAN));
        PhotoSizes sizes = new PhotoSizes(List.of(40, 2000), 90, "100vw");
        List<byte[]> out = publish(new PhotoEncoder(null, sizes), source);
        boolean turned = orientation >= 5;
        List<Integer> widths = turned ? List.of(40, 64) : List.of(40, 96);
        assertEquals(widths.size(), out.size());
        for (int i = 0; i < out.size(); i++) {
            BufferedImage image = decoded(out.get(i));
            int width = widths.get(i);
            assertEquals(width, image.getWidth());
            assertEquals(PhotoSizes.heightAt(width, turned ? 64 : 96, turned ? 96 : 64), image.getHeight());
            assertQuarters(SHOWN.get(orientation), image, "orientation " + orientation + " at " + width);
        }
    }

    @Test
    void widthsAreNeverEnlargedAndHeightsKeepTheProportions() throws IOException {
        Path source = file("wide.jpg", encode(quarters(700, 300), "jpeg"));
        List<byte[]> out = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), source);
        assertEquals(List.of(480, 700), out.stream().map(b -> width(b)).toList());
        assertEquals(List.of(PhotoSizes.heightAt(480, 700, 300), 300), out.stream().map(b -> height(b)).toList());

        Path big = file("big.jpg", encode(quarters(2000, 1500), "jpeg"));
        List<byte[]> three = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), big);
        assertEquals(List.of(480, 960, 1600), three.stream().map(b -> width(b)).toList());
        assertEquals(List.of(360, 720, 1200), three.stream().map(b -> height(b)).toList());
        for (byte[] b : three) {
            assertQuarters(List.of(RED, GREEN, BLUE, WHITE), decoded(b), "scaled");
        }
    }

    @Test
    void scalingAveragesTheSourcePixelsItCovers() throws IOException {
        BufferedImage stripes = new BufferedImage(1000, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1000; x += 2) {
            for (int y = 0; y < 100; y++) {
                stripes.setRGB(x, y, 0xFFFFFF);
            }
        }
        // Alternate black and white columns, one pixel each: halved, every column is mid grey; at a third, each
        // covers one and two or two and one, never three of a kind, so no column is black or white (no moiré).
        Path source = file("stripes.png", encode(stripes, "png"));
        List<byte[]> out = publish(new PhotoEncoder(null, new PhotoSizes(List.of(333, 500), 90, "")), source);
        BufferedImage third = decoded(out.get(0));
        BufferedImage half = decoded(out.get(1));
        assertEquals(333, third.getWidth());
        assertEquals(500, half.getWidth());
        for (int x = 0; x < 500; x++) {
            assertTrue(TestPhotos.near(half.getRGB(x, 10), 0x808080, 1), "column " + x + ": "
                    + Integer.toHexString(half.getRGB(x, 10)));
        }
        for (int x = 0; x < 333; x++) {
            int level = third.getRGB(x, 10) & 0xFF;
            assertTrue(level >= 0x55 - 2 && level <= 0xAA + 2, "column " + x + ": " + level);
        }
    }

    @Test
    void aPngKeepsItsTransparencyAndLosesItsTextAndExifChunks() throws IOException {
        BufferedImage picture = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 600; x++) {
                picture.setRGB(x, y, x < 299 ? 0x00000000 : 0xFF000000 | RED);
            }
        }
        byte[] png = TestPhotos.withChunks(encode(picture, "png"),
                List.of(chunk("eXIf", TestPhotos.exif(ByteOrder.BIG_ENDIAN, 1, true, new byte[30])),
                        chunk("tIME", new byte[] {7, (byte) 0xE7, 5, 10, 8, 0, 0}),
                        chunk("iTXt", bytes("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + TestPhotos.ARTIST + "</x:xmpmeta>"))),
                List.of(chunk("tEXt", bytes("Author\0" + TestPhotos.SERIAL)), chunk("zTXt", bytes("Comment\0\0x"))));
        Path source = file("logo.png", png);
        List<byte[]> out = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), source);
        assertEquals(2, out.size());
        Set<String> allowed = Set.of("IHDR", "PLTE", "tRNS", "sBIT", "pHYs", "gAMA", "sRGB", "IDAT", "IEND");
        for (byte[] published : out) {
            List<String> chunks = TestPhotos.pngChunks(published);
            assertTrue(allowed.containsAll(chunks), chunks.toString());
            assertFalse(contains(published, bytes(TestPhotos.SERIAL)));
            assertEquals(List.of(), ImageHeaders.read(published).metadata());
            BufferedImage image = decoded(published);
            assertTrue(image.getColorModel().hasAlpha());
            assertEquals(0, image.getRGB(image.getWidth() / 4, image.getHeight() / 2) >>> 24, "transparent half");
            int opaque = image.getRGB(3 * image.getWidth() / 4, image.getHeight() / 2);
            assertEquals(0xFF, opaque >>> 24, "opaque half");
            assertTrue(TestPhotos.near(opaque, RED, 2), "the opaque colour is not darkened by the transparent half: "
                    + Integer.toHexString(opaque));
        }
        // At 480 wide, pixel 239 covers source columns 298.75 to 300, a fifth transparent: its alpha is 80% and
        // its colour still red (averaged premultiplied, so the transparent pixels' black does not darken it).
        BufferedImage small = decoded(out.get(0));
        int edge = small.getRGB(239, 100);
        assertEquals(204, edge >>> 24, Integer.toHexString(edge));
        assertTrue(TestPhotos.near(edge, RED, 2), Integer.toHexString(edge));
    }

    @Test
    void aPalettePngAndASixteenBitPngComeOutInTheirColours() throws IOException {
        byte[] palette = {(byte) 0xE0, 0x10, 0x10, (byte) 0xF0};
        byte[] greens = {0x10, (byte) 0xC0, 0x10, (byte) 0xF0};
        byte[] blues = {0x10, 0x10, (byte) 0xE0, (byte) 0xF0};
        IndexColorModel model = new IndexColorModel(2, 4, palette, greens, blues);
        BufferedImage indexed = new BufferedImage(80, 60, BufferedImage.TYPE_BYTE_BINARY, model);
        WritableRaster raster = indexed.getRaster();
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                raster.setSample(x, y, 0, (y < 30 ? 0 : 2) + (x < 40 ? 0 : 1));
            }
        }
        BufferedImage deep = new BufferedImage(80, 60, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                deep.getRaster().setSample(x, y, 0, x < 40 ? 0x2000 : 0xE000);
            }
        }
        PhotoEncoder encoder = new PhotoEncoder(null, PhotoSizes.DEFAULT);
        BufferedImage fromPalette = decoded(publish(encoder, file("indexed.png", encode(indexed, "png"))).get(0));
        assertQuarters(List.of(RED, GREEN, BLUE, WHITE), fromPalette, "palette");
        BufferedImage fromDeep = decoded(publish(encoder, file("deep.png", encode(deep, "png"))).get(0));
        assertQuarters(List.of(0x202020, 0xE0E0E0, 0x202020, 0xE0E0E0), fromDeep, "16-bit grey");
    }

    @Test
    void aCmykJpegIsPublishedAsRgb() throws IOException {
        // Adobe CMYK is stored inverted (255 = no ink): left half full cyan, right half full yellow.
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                cmyk.setPixel(x, y, x < 32 ? new int[] {0, 255, 255, 255} : new int[] {255, 255, 0, 255});
            }
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(raw)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        // The Adobe segment with transform 0 says the four channels are CMYK.
        byte[] jpeg = withSegments(raw.toByteArray(), segment(0xEE, bytes("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 0}));
        List<byte[]> out = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), file("cmyk.jpg", jpeg));
        BufferedImage image = decoded(out.get(0));
        assertEquals(3, image.getRaster().getNumBands(), "three channels: RGB");
        int cyan = image.getRGB(10, 24);
        int yellow = image.getRGB(54, 24);
        assertTrue((cyan >> 16 & 0xFF) < 80 && (cyan >> 8 & 0xFF) > 120 && (cyan & 0xFF) > 180,
                Integer.toHexString(cyan));
        assertTrue((yellow >> 16 & 0xFF) > 200 && (yellow >> 8 & 0xFF) > 200 && (yellow & 0xFF) < 80,
                Integer.toHexString(yellow));
    }

    @Test
    void aPhotoInAnotherColourSpaceIsConvertedToSrgbSinceItsProfileIsNotPublished() throws IOException {
        BufferedImage grey = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                grey.setRGB(x, y, 0x808080);
            }
        }
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] jpeg = withSegments(encode(grey, "jpeg"), segment(0xE2, bytes("ICC_PROFILE\0"), new byte[] {1, 1},
                profile));
        byte[] out = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), file("linear.jpg", jpeg)).get(0);
        assertFalse(TestPhotos.jpegMarkers(out).contains(0xE2), "no profile published");
        // Linear 0.5 is sRGB 0.735, level 188.
        int expected = Math.round(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB)
                .toRGB(new float[] {0.5f, 0.5f, 0.5f})[0] * 255);
        int level = decoded(out).getRGB(32, 24) & 0xFF;
        assertTrue(Math.abs(level - expected) <= 3, "level " + level + ", expected " + expected);
    }

    @Test
    void theSameSourceGivesTheSameBytesEveryTime() throws IOException {
        Path source = file("photo.jpg", TestPhotos.phonePhoto(1200, 900, 8, ByteOrder.LITTLE_ENDIAN));
        List<byte[]> first = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), source);
        List<byte[]> second = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), source);
        assertEquals(2, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), "width " + i);
        }
    }

    @Test
    void aGifOrWebpOrACutShortJpegIsRefusedInWords() throws IOException {
        PhotoEncoder encoder = new PhotoEncoder(null, PhotoSizes.DEFAULT);
        Path gif = file("a.gif", encode(quarters(40, 30), "gif"));
        IOException refused = assertThrows(IOException.class, () -> publish(encoder, gif));
        assertTrue(refused.getMessage().contains("GIF"), refused.getMessage());

        byte[] whole = encode(quarters(800, 600), "jpeg");
        Path cut = file("cut.jpg", Arrays.copyOf(whole, whole.length / 2));
        IOException cutShort = assertThrows(IOException.class, () -> publish(encoder, cut));
        assertTrue(cutShort.getMessage().contains("cut short"), cutShort.getMessage());

        // Headers that promise another size than the pixels hold (a file changed after it was read).
        Path photo = file("photo.jpg", whole);
        ImageFacts stale = new ImageFacts(ImageFacts.Kind.JPEG, 900, 600, 1, false, List.of());
        IOException changed = assertThrows(IOException.class, () -> encoder.encode(photo, stale));
        assertTrue(changed.getMessage().contains("800 × 600"), changed.getMessage());
    }

    @Test
    void aPhotoFarWiderThanTheLargestWidthIsReadAtReducedResolutionAndStillComesOutRight() throws IOException {
        // 4801 wide for a largest width of 480: every third pixel of every third row is read (1601 × 101).
        PhotoSizes sizes = new PhotoSizes(List.of(480), 80, "");
        Path source = file("panorama.jpg", TestPhotos.phonePhoto(301, 4801, 6, ByteOrder.LITTLE_ENDIAN));
        ImageFacts facts = ImageHeaders.read(source);
        assertEquals(3, PhotoEncoder.subsampling(facts, 480));
        BufferedImage image = decoded(new PhotoEncoder(null, sizes).encode(source, facts).get(0));
        assertEquals(480, image.getWidth());
        assertEquals(PhotoSizes.heightAt(480, 4801, 301), image.getHeight());
        assertQuarters(SHOWN.get(6), image, "subsampled");
    }

    @Test
    void aHugePhotoIsReadAtReducedResolutionButNeverBelowTheLargestWidth() {
        ImageFacts huge = new ImageFacts(ImageFacts.Kind.JPEG, 16000, 12000, 1, false, List.of());
        int step = PhotoEncoder.subsampling(huge, 1600);
        assertTrue(step >= 2 && 16000 / step >= 1600, "step " + step);
        assertTrue((16000L / step) * (12000L / step) <= 40_000_000L, "step " + step);
        ImageFacts phone = new ImageFacts(ImageFacts.Kind.JPEG, 4000, 3000, 6, false, List.of());
        assertEquals(1, PhotoEncoder.subsampling(phone, 1600), "an ordinary photo is read whole");
        ImageFacts narrowTarget = new ImageFacts(ImageFacts.Kind.JPEG, 6000, 4000, 1, false, List.of());
        assertEquals(6000 / (3 * 480), PhotoEncoder.subsampling(narrowTarget, 480));
    }

    private static int width(byte[] image) {
        try {
            return ImageHeaders.read(image).width();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int height(byte[] image) {
        try {
            return ImageHeaders.read(image).height();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
