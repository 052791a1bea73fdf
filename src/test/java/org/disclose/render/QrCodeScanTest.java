package org.disclose.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 扫码阅读 in real builds: every article page (release, standing page, typical case, bulletin) carries a QR code as
 * one SVG path, which a scanner (ZXing's own reader, on the path's modules drawn as pixels with the viewBox's quiet
 * zone) reads back as the page's address; print leaves it out; and two builds draw it byte for byte alike.
 */
class QrCodeScanTest {

    private static final Pattern VIEW_BOX = Pattern.compile("(-?\\d+) (-?\\d+) (\\d+) (\\d+)");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    /** Pixels per module when the code is drawn for the scanner. */
    private static final int SCALE = 4;

    @TempDir
    Path dir;

    private static TestSite articles(TestSite site) {
        return site
                .write("content/rounds.yaml", "- id: round2\n  name: 第二轮中央生态环境保护督察\n")
                .write("content/releases/2023-05-10-progress.md", ArticleFurnitureTest.release("整改进展情况",
                        "2023-05-10", List.of("大气"), ""))
                .write("content/pages/about.md", "---\ntitle: 关于本站\n---\n\n正文。\n")
                .write("content/cases/1-a.md", "---\ntitle: 案例甲\nround: round2\nstatus: 已完成整改\n---\n\n正文。\n")
                .write("content/bulletins/jiaoban-1.md", ArticleFurnitureTest.bulletin("交办第1批信访件", 1,
                        "2023-01-01"));
    }

    private static final List<String> ARTICLES = List.of("releases/2023-05-10-progress/", "about/", "cases/1-a/",
            "bulletins/jiaoban-1/");

    /** The text a scanner reads from the page's QR code. */
    static String scan(Html page) throws Exception {
        Element svg = page.one("svg.qr-code");
        Matcher box = VIEW_BOX.matcher(svg.attr("viewBox"));
        assertTrue(box.matches(), svg.attr("viewBox"));
        int x0 = Integer.parseInt(box.group(1));
        int y0 = Integer.parseInt(box.group(2));
        int w = Integer.parseInt(box.group(3));
        int h = Integer.parseInt(box.group(4));
        int[] pixels = new int[w * SCALE * h * SCALE];
        Arrays.fill(pixels, 0xffffffff);
        String d = svg.selectFirst("path").attr("d");
        Matcher run = RUN.matcher(d);
        int end = 0;
        while (run.find()) {
            assertEquals(end, run.start(), "the path is nothing but runs of modules: " + d.substring(end));
            end = run.end();
            int x = Integer.parseInt(run.group(1)) - x0;
            int y = Integer.parseInt(run.group(2)) - y0;
            int len = Integer.parseInt(run.group(3));
            assertEquals(run.group(3), run.group(4));
            for (int px = x * SCALE; px < (x + len) * SCALE; px++) {
                for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
                    pixels[py * w * SCALE + px] = 0xff000000;
                }
            }
        }
        assertEquals(d.length(), end, "the path is nothing but runs of modules");
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w * SCALE, h * SCALE,
                pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    }

    @Test
    void everyArticleCarriesAQrCodeOfItsOwnAddress() throws Exception {
        TestSite site = articles(TestSite.minimal(dir));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        for (String path : ARTICLES) {
            Html page = Html.of(site.read(path + "index.html"));
            assertEquals("https://test.example.gov.cn/" + path, scan(page), path);
            Element svg = page.one("svg.qr-code");
            assertEquals("img", svg.attr("role"));
            assertEquals("本页网址的二维码，用手机扫码阅读本页", svg.attr("aria-label"));
            assertEquals("本页网址的二维码，用手机扫码阅读本页", svg.selectFirst("title").text());
            assertEquals("crispEdges", svg.attr("shape-rendering"));
            assertEquals(1, svg.select("path").size(), "one path of the dark modules");
            assertEquals(List.of(), svg.select("[style]").eachAttr("style"), "no inline style");
            assertEquals("扫码阅读", page.one(".scan-to-read figcaption").text());
        }
        assertEquals(List.of(), Html.of(site.read("releases/index.html")).texts(".scan-to-read"),
                "a list is not an article");
        assertEquals(List.of(), Html.of(site.read("index.html")).texts(".scan-to-read"));
    }

    @Test
    void anAddressWithChineseInItsPathIsEncodedAsAScannerReadsIt() throws Exception {
        TestSite site = articles(TestSite.minimal(dir));
        BuildResult r = site.build(site.options().withBaseUrl("https://test.example.gov.cn/整改/"));
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals("https://test.example.gov.cn/%E6%95%B4%E6%94%B9/about/",
                scan(Html.of(site.read("about/index.html"))));
    }

    @Test
    void printLeavesTheQrCodeOut() throws Exception {
        TestSite site = articles(TestSite.minimal(dir));
        assertTrue(site.build().ok());
        String print = site.read(site.asset("print.css"));
        Matcher rule = Pattern.compile("([^{}]*)\\{([^}]*)}").matcher(print);
        boolean hidden = false;
        while (rule.find()) {
            List<String> selectors = Arrays.stream(rule.group(1).replaceAll("/\\*.*?\\*/", "").split(","))
                    .map(String::strip).toList();
            hidden |= selectors.contains(".scan-to-read") && rule.group(2).contains("display: none");
        }
        assertTrue(hidden, "print.css hides .scan-to-read");
        assertTrue(Html.of(site.read("about/index.html")).one(".scan-to-read").is("figure"));
    }

    @Test
    void twoBuildsDrawTheSameCodes() {
        TestSite one = articles(TestSite.minimal(dir.resolve("one")));
        TestSite two = articles(TestSite.minimal(dir.resolve("two")));
        assertTrue(one.build().ok());
        assertTrue(two.build().ok());
        for (String path : ARTICLES) {
            String a = one.read(path + "index.html");
            assertTrue(a.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\""), path);
            assertEquals(a, two.read(path + "index.html"), path);
        }
        Map<String, String> first = TestSite.digest(one.output());
        Map<String, String> second = TestSite.digest(two.output());
        first.keySet().removeIf(f -> f.startsWith("manifest.json") || f.startsWith(".disclose-site"));
        second.keySet().removeIf(f -> f.startsWith("manifest.json") || f.startsWith(".disclose-site"));
        assertEquals(first, second);
    }
}
