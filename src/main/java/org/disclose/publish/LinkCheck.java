package org.disclose.publish;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Verifies every internal link, anchor and asset reference of the generated pages. Pages are read as they are
 * rendered (any thread); each distinct broken reference is reported once, at the source of the first page that
 * has it, with how many pages share it. Links to other sites are not followed.
 */
public final class LinkCheck {


    private final String basePath;
    private final BiFunction<SourcePos, String, SourcePos> where;
    /** Each page's ids, joined by newlines: a set per page would cost hundreds of megabytes on a large site. */
    private final Map<String, String> idsByPage = new ConcurrentHashMap<>();
    private final Map<String, Reference> references = new ConcurrentHashMap<>();
    /** Reads a page of the current site, for pages this build kept rather than rendered. */
    private final Function<String, byte[]> current;
    private Set<String> kept = Set.of();

    /**
     * @param basePath the site's path on its host, e.g. {@code /zhenggai/}, for links written from the host root
     * @param where    refines a page's source position to where a given href was written in it, when known
     * @param current  reads a file of the site this build replaces
     */
    public LinkCheck(String basePath, BiFunction<SourcePos, String, SourcePos> where,
                     Function<String, byte[]> current) {
        this.basePath = basePath;
        this.where = where;
        this.current = current;
    }

    /**
     * Takes account of the pages kept from the current site instead of rendered ({@code kept}, with their sources).
     * Their links all resolved when that site was built, and still do unless a file of it is gone or a page rendered
     * anew lost an id; then, and only then, they are read back and checked like rendered pages.
     *
     * @param before the current site's files
     * @param files  this build's files
     */
    public void kept(Map<String, SourcePos> kept, Set<String> before, Set<String> files, Diagnostics diagnostics) {
        this.kept = kept.keySet();
        if (kept.isEmpty()) {
            return;
        }
        boolean hold = before.stream().allMatch(f -> files.contains(f) || f.endsWith(".gz")
                || f.equals(PublishedFiles.MANIFEST));
        List<String> rendered = idsByPage.keySet().stream().filter(before::contains).toList();
        // comparing ids costs a read of each rendered page's old copy: past a point, checking the kept ones is cheaper
        hold = hold && rendered.size() < kept.size() && rendered.stream().allMatch(f -> {
            Set<String> old = new HashSet<>();
            try {
                scanAttributes(new String(current.apply(f), StandardCharsets.UTF_8), old, new ArrayList<>());
            } catch (UncheckedIOException e) {
                return false; // its old copy is gone: which ids it had is unknown
            }
            String now = idsByPage.get(f);
            return old.stream().allMatch(id -> now.contains("\n" + id + "\n"));
        });
        if (!hold) {
            kept.entrySet().parallelStream().forEach(e -> page(e.getKey(),
                    new String(current.apply(e.getKey()), StandardCharsets.UTF_8), e.getValue(), diagnostics));
        }
    }


    /** One distinct target (file and fragment), where it was first seen, and how often. */
    private static final class Reference {
        final String page;
        final String href;
        final SourcePos source;
        int pages = 1;

        Reference(String page, String href, SourcePos source) {
            this.page = page;
            this.href = href;
            this.source = source;
        }
    }

    /** Records the ids and references of one rendered HTML page ({@code file} relative to the site root). */
    public void page(String file, String text, SourcePos source, Diagnostics diagnostics) {
        Set<String> ids = new HashSet<>();
        List<String> refs = new ArrayList<>();
        scanAttributes(text, ids, refs);
        idsByPage.put(file, joined(ids));
        String dir = file.substring(0, file.lastIndexOf('/') + 1);
        Set<String> seenHere = new HashSet<>();
        for (String raw : refs) {
            String href = unescape(raw);
            if (isExternal(href) || !seenHere.add(href)) {
                continue;
            }
            int hash = href.indexOf('#');
            String path = hash < 0 ? href : href.substring(0, hash);
            String fragment = hash < 0 ? "" : href.substring(hash + 1);
            if (path.isEmpty()) {
                if (!fragment.isEmpty() && !ids.contains(decode(fragment))) {
                    diagnostics.error(where.apply(source, href), "/" + file + " links to '#" + fragment
                            + "', which is not on that page");
                }
                continue;
            }
            String target = resolve(dir, path);
            String key = (target == null ? "\u0000" + href : target) + "#" + fragment;
            // which page is reported must not depend on which thread rendered first: keep the smallest address
            references.merge(key, new Reference(file, href, where.apply(source, href)), (a, b) -> {
                Reference kept = a.page.compareTo(b.page) <= 0 ? a : b;
                kept.pages = a.pages + b.pages;
                return kept;
            });
        }
    }

    /** Reports every reference that does not resolve to a file of the site, or to an id on its page. */
    public void verify(Set<String> files, Diagnostics diagnostics) {
        for (Map.Entry<String, Reference> e : new java.util.TreeMap<>(references).entrySet()) {
            Reference ref = e.getValue();
            String key = e.getKey();
            int hash = key.lastIndexOf('#');
            String target = key.substring(0, hash);
            String fragment = key.substring(hash + 1);
            String where = ref.pages > 1 ? " (on " + ref.pages + " pages, first /" + ref.page + ")"
                    : " (on /" + ref.page + ")";
            if (target.startsWith("\u0000")) {
                diagnostics.error(ref.source, "link '" + ref.href + "' leads outside the site" + where);
                continue;
            }
            String file = existing(target, files);
            if (file == null) {
                diagnostics.error(ref.source, "link '" + ref.href + "' points to /" + target + ", which the site "
                        + "does not have" + where);
            } else if (!fragment.isEmpty() && file.endsWith(".html")) {
                String ids = idsByPage.get(file);
                if (ids == null && kept.contains(file)) {
                    ids = idsOf(file);
                }
                if (ids != null && !ids.contains("\n" + decode(fragment) + "\n")) {
                    diagnostics.error(ref.source, "link '" + ref.href + "' points to #" + decode(fragment)
                            + ", which is not on /" + file + where);
                }
            }
        }
    }

    /** The ids of a page kept from the current site, read from it once. */
    private String idsOf(String file) {
        return idsByPage.computeIfAbsent(file, f -> {
            Set<String> ids = new HashSet<>();
            scanAttributes(new String(current.apply(f), StandardCharsets.UTF_8), ids, new ArrayList<>());
            return joined(ids);
        });
    }

    private static String joined(Set<String> ids) {
        return "\n" + String.join("\n", ids) + "\n";
    }

    private static String existing(String target, Set<String> files) {
        if (target.isEmpty() || target.endsWith("/")) {
            String index = target + "index.html";
            return files.contains(index) ? index : null;
        }
        if (files.contains(target)) {
            return target;
        }
        return files.contains(target + "/index.html") ? target + "/index.html" : null;
    }

    /**
     * Collects the values of id, href and src attributes in one pass over the page (much faster than a regular
     * expression on every page; the HTML is our own, attributes always double-quoted).
     */
    static void scanAttributes(String html, Set<String> ids, List<String> refs) {
        int i = html.indexOf('=');
        while (i > 0) {
            if (i + 1 < html.length() && html.charAt(i + 1) == '"') {
                int end = html.indexOf('"', i + 2);
                if (end < 0) {
                    return;
                }
                if (attribute(html, i, "id")) {
                    ids.add(unescape(html.substring(i + 2, end)));
                } else if (attribute(html, i, "href") || attribute(html, i, "src")) {
                    refs.add(html.substring(i + 2, end));
                }
                i = html.indexOf('=', end + 1);
            } else {
                i = html.indexOf('=', i + 1);
            }
        }
    }

    /** Whether the attribute ending just before {@code eq} is {@code name}, preceded by white space. */
    private static boolean attribute(String html, int eq, String name) {
        int start = eq - name.length();
        return start > 0 && html.startsWith(name, start) && Character.isWhitespace(html.charAt(start - 1));
    }

    private static boolean isExternal(String href) {
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        return href.startsWith("//") || (colon > 0 && (slash < 0 || colon < slash));
    }

    /** The site-relative target of {@code path} seen from {@code dir}, or null when it leaves the site. */
    String resolve(String dir, String path) {
        String p = path;
        int query = p.indexOf('?');
        if (query >= 0) {
            p = p.substring(0, query);
        }
        p = decode(p);
        String joined;
        if (p.startsWith("/")) {
            if (!p.startsWith(basePath)) {
                return null;
            }
            joined = p.substring(basePath.length());
        } else {
            joined = dir + p;
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        String[] segments = joined.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!s.equals(".") && !(s.isEmpty() && i < segments.length - 1)) {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }

    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
