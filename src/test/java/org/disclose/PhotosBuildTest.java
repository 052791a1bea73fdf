package org.disclose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos of releases, pages and cases (issue 20), through real builds: published as pixels only in several widths,
 * drawn with srcset and their size, paired before/after, listed in the open data, refused when they cannot be
 * cleaned, and kept between builds.
 */
class PhotosBuildTest {

    private static final String ROUNDS = "- id: round2\n  name: 第二轮\n  stationedFrom: 2021-08-25\n"
            + "  stationedTo: 2021-09-26\n  feedbackDate: 2021-12-12\n";
    private static final String SERIAL = "SERIAL-XYZ-42";

    @TempDir
    Path dir;
    private TestSite site;

    @BeforeEach
    void base() {
        site = TestSite.minimal(dir).write("content/rounds.yaml", ROUNDS);
    }

    private void bytes(String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, (x < width / 2 ? Color.RED : Color.BLUE).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone leaves it: an EXIF block with orientation 6 (turned a quarter), a GPS position and a text
     * ({@value #SERIAL}) that must not be published.
     */
    static byte[] phoneJpeg(int width, int height) throws IOException {
        byte[] jpeg = image("jpeg", width, height);
        byte[] serial = (SERIAL + "\0").getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(68 + serial.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 3);                                                       // IFD0 at 8
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(serial.length).putInt(68);  // Artist
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);        // GPS IFD
        tiff.putInt(0);
        tiff.putShort((short) 1);                                                       // GPS IFD at 50
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        tiff.putInt(0);
        tiff.put(serial);
        byte[] block = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + block.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(block);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void aReleasePublishesItsPhotosAsPixelsInEveryWidthWithSrcsetAndSize() throws IOException {
        bytes("content/releases/a/photos/lead.jpg", phoneJpeg(64, 32));
        bytes("content/releases/a/photos/river.png", image("png", 1000, 500));
        bytes("content/releases/a/before.jpg", image("jpeg", 40, 30));
        bytes("content/releases/a/after.jpg", image("jpeg", 40, 30));
        site.write("content/releases/a.md", """
                ---
                title: 某河段整治完成
                date: 2023-05-10
                image: {file: photos/lead.jpg, alt: 整治后的河道, caption: 某河段}
                beforeAfter:
                  - before: {file: before.jpg, alt: 整治前河面漂浮垃圾, date: 2022-06}
                    after: {file: after.jpg, alt: 整治后河水清澈, caption: 整治后}
                ---

                ![施工人员清理河道淤泥](photos/river.png)
                """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        List<String> messages = r.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/releases/a.md:4:")
                && m.contains("note: image 'photos/lead.jpg' carries a GPS position")), messages::toString);

        byte[] lead = Files.readAllBytes(site.output().resolve("releases/a/photos/lead.jpg"));
        assertFalse(contains(lead, "Exif"), "EXIF published");
        assertFalse(contains(lead, SERIAL), "the artist's text published");
        BufferedImage upright = ImageIO.read(new java.io.ByteArrayInputStream(lead));
        assertTrue(upright.getWidth() == 32 && upright.getHeight() == 64, "orientation not applied");

        assertTrue(site.exists("releases/a/photos/river-480w.png") && site.exists("releases/a/photos/river-960w.png")
                && site.exists("releases/a/photos/river.png"));
        assertFalse(site.exists("releases/a/photos/river-1600w.png"), "enlarged");
        String page = site.read("releases/a/index.html");
        assertTrue(page.contains("<img src=\"photos/river.png\" srcset=\"photos/river-480w.png 480w, "
                + "photos/river-960w.png 960w, photos/river.png 1000w\" sizes=\"(min-width: 52em) 46em, 100vw\" "
                + "width=\"1000\" height=\"500\" alt=\"施工人员清理河道淤泥\" loading=\"lazy\" decoding=\"async\""), page);
        assertTrue(page.contains("<img src=\"photos/lead.jpg\" srcset=\"photos/lead.jpg 32w\""), page);
        int lazyLead = page.indexOf("photos/lead.jpg 32w");
        assertFalse(page.substring(lazyLead, page.indexOf('>', lazyLead)).contains("loading=\"lazy\""),
                "the lead image is at the top: loaded at once");
        int before = page.indexOf("整改前");
        int after = page.indexOf("整改后");
        assertTrue(before > 0 && after > before, "a pair is read before, then after");
        assertTrue(page.contains("<time datetime=\"2022-06\">"), page);

        String csv = site.read("data/images.csv");
        assertTrue(csv.contains("releases/a/photos/river.png") && csv.contains("施工人员清理河道淤泥")
                && csv.contains("整治前河面漂浮垃圾"), csv);
        assertTrue(Files.isDirectory(dir.resolve(".disclose-cache/images")), "no cache kept");
    }

    @Test
    void twoBuildsOfTheSamePhotosAreByteIdenticalWithOrWithoutTheCache() throws IOException {
        bytes("content/pages/about/a.jpg", phoneJpeg(1200, 800));
        site.write("content/pages/about.md", "---\ntitle: 关于\n---\n\n![某处现场](a.jpg)\n");
        assertTrue(site.build().ok());
        byte[] first = Files.readAllBytes(site.output().resolve("about/a-480w.jpg"));
        assertTrue(site.build().ok()); // from the cache
        assertArrayEquals(first, Files.readAllBytes(site.output().resolve("about/a-480w.jpg")));
        deleteTree(dir.resolve(".disclose-cache"));
        assertTrue(site.build().ok()); // encoded again
        assertArrayEquals(first, Files.readAllBytes(site.output().resolve("about/a-480w.jpg")));
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void gifWebpMismatchedAndMissingPhotosAreErrorsAtTheirPaths() throws IOException {
        bytes("content/releases/a/a.gif", image("gif", 20, 20));
        bytes("content/releases/a/b.jpg", image("png", 20, 20));
        site.write("content/releases/a.md", """
                ---
                title: 标题
                date: 2023-05-10
                image: {file: a.gif, alt: 动图}
                ---

                ![图](b.jpg)

                ![图](missing.jpg)

                ![图](../../cases/x/images/a.jpg)
                """);
        BuildResult r = site.build();
        assertFalse(r.ok());
        String all = r.diagnostics().toString();
        assertTrue(all.contains("content/releases/a.md:4:15: error: image 'a.gif' is a GIF image, which this site "
                + "does not publish"), all);
        assertTrue(all.contains("content/releases/a.md:7:1: error: image 'b.jpg' is a PNG image, not what its name "
                + "says: rename it to end in .png"), all);
        assertTrue(all.contains("content/releases/a.md:9:1: error: image 'missing.jpg' not found in "
                + "content/releases/a/"), all);
    }

    private static byte[] noise(int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void theSettingsChooseWidthsAndQualityAndAPhotoOverBudgetIsWarnedOf() throws IOException {
        site.write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                organiser: 测试主办单位
                siteCode: "1234567890"
                images: {widths: [300, 700], quality: 95}
                """);
        bytes("content/releases/a/noise.png", noise(800, 600));
        site.write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\n---\n\n![噪点](noise.png)\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertTrue(site.exists("releases/a/noise-300w.png") && site.exists("releases/a/noise.png"));
        assertFalse(site.exists("releases/a/noise-480w.png"));
        assertTrue(site.read("releases/a/index.html").contains("srcset=\"noise-300w.png 300w, noise.png 700w\""));
        String all = r.diagnostics().toString();
        assertTrue(all.contains("content/releases/a.md:6:1: warning: image 'noise.png' is published 700 pixels wide in "), all);

        site.write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                organiser: 测试主办单位
                siteCode: "1234567890"
                images: {widths: [50], quality: 10}
                """);
        String wrong = site.build().diagnostics().toString();
        assertTrue(wrong.contains("images.widths must be whole numbers of pixels from 100 to 4000, not '50'")
                && wrong.contains("images.quality must be between 30 and 100"), wrong);
    }
}
