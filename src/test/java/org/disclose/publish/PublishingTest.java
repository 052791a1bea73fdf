package org.disclose.publish;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the demo publishes beyond its pages, read back as a feed reader, a crawler or a data user would. */
@Tag("slow")
class PublishingTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.demo(dir);
        BuildResult r = site.build(site.options().withBaseUrl("https://www.example.gov.cn/zhenggai/"));
        assertTrue(r.ok(), r.diagnostics()::toString);
    }

    private static Document xml(String file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(site.output().resolve(file).toFile());
    }

    private static String child(Element e, String name) {
        NodeList list = e.getElementsByTagNameNS(ATOM, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    @Test
    void atomFeedHasEveryRequiredElement() throws Exception {
        Element feed = xml("feed.xml").getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("https://www.example.gov.cn/zhenggai/", child(feed, "id"));
        assertEquals("吉林省中央生态环境保护督察整改公开（演示）", child(feed, "title"), "the site's title");
        assertTrue(child(feed, "updated").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        // newest first, a tie by address: the 办理 bulletin and the release of 2023-05-10, then 第30批 of 2021
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(child((Element) entries.item(i), "id"));
        }
        assertEquals(List.of("https://www.example.gov.cn/zhenggai/bulletins/banli-1-30/",
                "https://www.example.gov.cn/zhenggai/releases/2023-05-10-jilin-second-round-progress/",
                "https://www.example.gov.cn/zhenggai/bulletins/jiaoban-30/"), ids);
        Element entry = (Element) entries.item(1);
        assertEquals("https://www.example.gov.cn/zhenggai/releases/2023-05-10-jilin-second-round-progress/",
                child(entry, "id"));
        assertEquals("吉林省公开第二轮中央生态环境保护督察整改情况", child(entry, "title"));
        assertEquals("2023-05-10T00:00:00+08:00", child(entry, "updated"));
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals(child(entry, "id"), link.getAttribute("href"));
        assertContains(child(entry, "content"), "结案销号率97.64%");
    }

    @Test
    void sitemapListsPagesUnderTheSubPathWithContentDates() throws Exception {
        Document doc = xml("sitemap.xml");
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.stream().allMatch(u -> u.startsWith("https://www.example.gov.cn/zhenggai/")));
        assertTrue(urls.stream().allMatch(u -> u.chars().allMatch(c -> c < 128)), "addresses are percent-encoded");
        assertContains(urls, "https://www.example.gov.cn/zhenggai/tasks/region/%E5%85%A8%E7%9C%81/");
        assertNotContains(urls, "https://www.example.gov.cn/zhenggai/404.html");
        assertContains(Files.readString(site.output().resolve("sitemap.xml")), "<loc>https://www.example.gov.cn/zhenggai/releases/2023-05-10-jilin-second-round-progress/</loc>"
                        + "<lastmod>2023-05-10</lastmod>");
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://www.example.gov.cn/zhenggai/sitemap.xml\n",
                site.read("robots.txt"));
    }

    @Test
    void subPathBuildLinksEverythingRelativelyAndThe404FromTheSubPath() {
        // the build itself verified every internal link; pages carry no host-absolute links but the 404 page's
        assertContains(site.read("404.html"), "href=\"/zhenggai/" + site.asset("site.css") + "\"");
        assertNotContains(site.read("index.html"), "href=\"/");
        assertContains(site.read("index.html"), "<link rel=\"canonical\" href=\"https://www.example.gov.cn/zhenggai/\">");
    }

    @Test
    void textFilesButPagesHaveAGzipCopyAndTheManifestListsEveryFile() throws Exception {
        assertFalse(site.exists("index.html.gz"), "a page gets a copy only with precompress: pages");
        assertFalse(site.exists("releases/index.html.gz"));
        String csv = site.read("data/tasks.csv");
        try (GZIPInputStream gz = new GZIPInputStream(Files.newInputStream(site.output().resolve("data/tasks.csv.gz")))) {
            assertEquals(csv, new String(gz.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(site.exists("search/meta.json.gz"));
        assertTrue(site.exists(site.asset("site.css") + ".gz"));
        JsonNode manifest = JSON.readTree(site.read("manifest.json"));
        Set<String> listed = new HashSet<>();
        for (JsonNode f : manifest.get("files")) {
            listed.add(f.get("path").asText());
            byte[] bytes = Files.readAllBytes(site.output().resolve(f.get("path").asText()));
            assertEquals(f.get("size").asLong(), bytes.length);
            assertEquals(f.get("sha256").asText(), PublishedFiles.sha256(bytes));
        }
        try (var walk = Files.walk(site.output())) {
            walk.filter(Files::isRegularFile).map(p -> site.output().relativize(p).toString())
                    .filter(p -> !p.equals("manifest.json") && !p.equals(".disclose-site"))
                    .forEach(p -> assertContains(listed, p, p + " is not in the manifest"));
        }
    }

    @Test
    void dataPackagePassesItsOwnSchema() throws Exception {
        JsonNode pkg = JSON.readTree(site.read("data/datapackage.json"));
        assertEquals("tabular-data-package", pkg.get("profile").asText());
        assertEquals(7, pkg.get("resources").size(),
                "tasks, cases, accountability, indicators, complaints, images, figures");
        for (JsonNode resource : pkg.get("resources")) {
            String csv = site.read("data/" + resource.get("path").asText());
            assertTrue(csv.startsWith("\uFEFF"), "Excel needs the BOM");
            List<List<String>> rows = CsvRows.parse(csv.substring(1));
            JsonNode fields = resource.get("schema").get("fields");
            List<String> header = rows.get(0);
            assertEquals(fields.size(), header.size());
            for (int c = 0; c < fields.size(); c++) {
                JsonNode field = fields.get(c);
                assertEquals(field.get("name").asText(), header.get(c));
                Set<String> allowed = new HashSet<>();
                if (field.has("constraints")) {
                    field.get("constraints").get("enum").forEach(v -> allowed.add(v.asText()));
                }
                for (List<String> row : rows.subList(1, rows.size())) {
                    String v = row.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (!allowed.isEmpty()) {
                        assertContains(allowed, v, field.get("name") + ": " + v + " not in its enum");
                    }
                    switch (field.get("type").asText()) {
                        case "integer" -> Long.parseLong(v);
                        case "number" -> new java.math.BigDecimal(v);
                        case "date" -> java.time.LocalDate.parse(v);
                        case "boolean" -> assertTrue(v.equals("true") || v.equals("false"));
                        default -> { }
                    }
                }
            }
            JsonNode key = resource.get("schema").get("primaryKey");
            if (key != null) {
                int k = header.indexOf(key.asText());
                Set<String> seen = new HashSet<>();
                rows.subList(1, rows.size()).forEach(r -> assertTrue(seen.add(r.get(k)), "duplicate key " + r.get(k)));
            }
            JsonNode json = JSON.readTree(site.read("data/" + resource.get("name").asText() + ".json"));
            assertEquals(rows.size() - 1, json.size(), "JSON and CSV carry the same rows");
        }
        assertEquals(4704, JSON.readTree(site.read("data/complaints.json")).size());
    }

    @Test
    void searchFindsChineseAndMixedQueries() throws Exception {
        assertContains(SearchClient.titles(site.output(), "黑土地"), "松原扶余市部分黑土地遭到破坏问题");
        assertContains(SearchClient.titles(site.output(), "结案销号率"), "吉林省公开第二轮中央生态环境保护督察整改情况");
        assertContains(SearchClient.titles(site.output(), "PM2.5"), "PM2.5平均浓度");
        assertContains(SearchClient.titles(site.output(), "4704"), "吉林省公开第二轮中央生态环境保护督察整改情况");
        assertContains(SearchClient.titles(site.output(), "D2JL000315"), "受理编号D2JL000315");
        assertEquals(List.of(), SearchClient.titles(site.output(), "不存在的词语组合"));
    }

    @Test
    void oneQueryDownloadsLittle() throws Exception {
        long bytes = SearchClient.downloadedBytes(site.output(), "生态环境保护督察");
        assertTrue(bytes < 200 * 1024, bytes + " bytes");
        assertContains(new String(new GZIPInputStream(new ByteArrayInputStream(
                Files.readAllBytes(site.output().resolve("search/meta.json.gz")))).readAllBytes(),
                StandardCharsets.UTF_8), "\"shards\"");
    }
}
