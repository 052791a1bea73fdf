package org.disclose.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the site is published, e.g. {@code https://www.example.gov.cn/zhenggai/}. Pages link to each other with
 * relative URLs, so the site works under any sub-path; the base URL is only for absolute addresses (feeds, sitemap,
 * canonical links) and for pages served at any path, such as 404.
 */
public record BaseUrl(String value) {

    public static Optional<BaseUrl> parse(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.empty();
            }
            String s = uri.toString();
            return Optional.of(new BaseUrl(s.endsWith("/") ? s : s + "/"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path part, always starting and ending with {@code /}: {@code /zhenggai/}. */
    public String path() {
        String p = URI.create(value).getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    /** The absolute URL of a site-relative path such as {@code releases/a/}. */
    public String absolute(String sitePath) {
        return value + sitePath;
    }
}
