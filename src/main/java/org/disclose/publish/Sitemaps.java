package org.disclose.publish;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclose.config.BaseUrl;
import org.disclose.render.Route;
import org.disclose.render.SiteAddresses;

/**
 * {@code sitemap.xml} (with {@code lastmod} where the content dates a page) and {@code robots.txt}. Past 50,000
 * addresses, the limit of the sitemap protocol, the sitemap becomes an index of numbered sitemaps.
 */
public final class Sitemaps {

    static final int PER_FILE = 50_000;

    private Sitemaps() {
    }

    /** Every file to write: site path → bytes. */
    public static Map<String, byte[]> files(BaseUrl base, List<Route> routes) {
        List<Route> pages = routes.stream().filter(r -> !r.file().equals(SiteAddresses.NOT_FOUND)).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (pages.size() <= PER_FILE) {
            files.put(SiteAddresses.SITEMAP, urlset(base, pages));
        } else {
            List<String> parts = new ArrayList<>();
            for (int i = 0, n = 1; i < pages.size(); i += PER_FILE, n++) {
                String name = SiteAddresses.sitemapPart(n);
                parts.add(name);
                files.put(name, urlset(base, pages.subList(i, Math.min(i + PER_FILE, pages.size()))));
            }
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String part : parts) {
                s.append("  <sitemap><loc>").append(Xml.escape(base.absolute(part))).append("</loc></sitemap>\n");
            }
            s.append("</sitemapindex>\n");
            files.put(SiteAddresses.SITEMAP, s.toString().getBytes(StandardCharsets.UTF_8));
        }
        files.put(SiteAddresses.ROBOTS,
                ("User-agent: *\nAllow: /\nSitemap: " + base.absolute(SiteAddresses.SITEMAP) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static byte[] urlset(BaseUrl base, List<Route> pages) {
        StringBuilder s = new StringBuilder(pages.size() * 100 + 200);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Route r : pages) {
            s.append("  <url><loc>").append(Xml.escape(encoded(base, r.path()))).append("</loc>");
            if (r.modified() != null) {
                s.append("<lastmod>").append(r.modified().day()).append("</lastmod>");
            }
            s.append("</url>\n");
        }
        s.append("</urlset>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sitemaps need ASCII addresses: Chinese path segments are percent-encoded (UTF-8). */
    static String encoded(BaseUrl base, String path) {
        try {
            return new URI(null, null, URI.create(base.value()).getRawPath() + path, null).toASCIIString()
                    .transform(p -> base.value().substring(0, base.value().length() - base.path().length()) + p);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("cannot form an address from " + path, e);
        }
    }
}
