package org.disclose.config;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.disclose.model.PublishedUrl;

/**
 * Where the site is published, e.g. {@code https://www.example.gov.cn/zhenggai/}. Pages link to each other with
 * relative URLs, so the site works under any sub-path; the base URL is only for absolute addresses (feeds, sitemap,
 * canonical links) and for pages served at any path, such as 404.
 *
 * <p>The 404 page loads its stylesheets and scripts from the base URL's path, so that path must be one a browser
 * cannot read as another host: {@code https://host//evil.example/} would make it {@code //evil.example/}, a
 * protocol-relative address. Hence the path is held to plain segments, and the value is normalised (scheme and host
 * in lower case, no default port, a final {@code /}) so that every output writes the same address.
 */
public record BaseUrl(String value) {

    /** The reason {@link #problem} gives when the text is not an absolute http(s) address at all. */
    public static final String NOT_ABSOLUTE = "is not an absolute http(s) address";

    public static Optional<BaseUrl> parse(String text) {
        return problem(text) == null ? Optional.of(new BaseUrl(normalised(text))) : Optional.empty();
    }

    /** Why {@code text} cannot be the base URL, as the end of a sentence ("it ..."), or null when it can. */
    public static String problem(String text) {
        PublishedUrl url = PublishedUrl.judge(text);
        if (!url.allowed()) {
            return url.refusal();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (url.kind() != PublishedUrl.Kind.WEB || !(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return NOT_ABSOLUTE;
        }
        String afterScheme = text.substring(text.indexOf("//") + 2);
        int slash = afterScheme.indexOf('/');
        String path = slash < 0 ? "" : afterScheme.substring(slash);
        if (afterScheme.indexOf('?') >= 0 || afterScheme.indexOf('#') >= 0) {
            return "has a ?query or #fragment: give only the host and the path, such as "
                    + "https://www.example.gov.cn/zhenggai/";
        }
        return pathProblem(path);
    }

    /**
     * Why the path is refused, or null. Each segment between slashes must be a plain name: not empty (a {@code //}
     * inside the path), not {@code .} or {@code ..} (in any percent-encoding), and made of letters, digits and the
     * characters URLs allow unescaped, with no encoded slash, backslash or control character.
     */
    private static String pathProblem(String path) {
        if (path.isEmpty()) {
            return null;
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                if (i == segments.length - 1) {
                    continue; // the final slash
                }
                return "has an empty segment (//) in its path, which browsers read as the start of another host";
            }
            String decoded;
            try {
                decoded = percentDecoded(segment);
            } catch (IllegalArgumentException e) {
                return "has a % in its path that is not followed by two hex digits";
            }
            if (decoded.equals(".") || decoded.equals("..")) {
                return "has a '" + segment + "' segment in its path: give the path as it is, without . or ..";
            }
            for (int k = 0; k < decoded.length(); k++) {
                char c = decoded.charAt(k);
                if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                    return "encodes a slash, a backslash or a control character in its path segment '"
                            + PublishedUrl.shown(segment) + "'";
                }
            }
            if (!segment.codePoints().allMatch(c -> c < 0x80
                    ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%!$()*+,;=:@".indexOf(c) >= 0
                    : Character.isLetterOrDigit(c))) {
                return "has a character in its path segment '" + PublishedUrl.shown(segment) + "' that a path "
                        + "may not hold unescaped: use letters, digits and - . _ ~";
            }
        }
        return null;
    }

    /** Scheme and host in lower case, the default port dropped, a final slash added. */
    private static String normalised(String text) {
        int start = text.indexOf("//") + 2;
        String scheme = text.substring(0, start - 3).toLowerCase(Locale.ROOT);
        int slash = text.indexOf('/', start);
        String authority = (slash < 0 ? text.substring(start) : text.substring(start, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "/" : text.substring(slash);
        if (authority.endsWith(scheme.equals("https") ? ":443" : ":80")) {
            authority = authority.substring(0, authority.lastIndexOf(':'));
        }
        return scheme + "://" + authority + (path.endsWith("/") ? path : path + "/");
    }

    private static String percentDecoded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException();
                }
                out.append((char) (hi * 16 + lo));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The path part, always starting and ending with {@code /}: {@code /zhenggai/}. */
    public String path() {
        String p = URI.create(value).getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    /** The host, with its port when one is given: {@code www.example.gov.cn} (the SiteDomain page tag). */
    public String domain() {
        return URI.create(value).getRawAuthority();
    }

    /** The absolute URL of a site-relative path such as {@code releases/a/}. */
    public String absolute(String sitePath) {
        return value + sitePath;
    }
}
