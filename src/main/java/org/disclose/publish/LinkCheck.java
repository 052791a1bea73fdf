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
import org.disclose.model.PublishedUrl;
import org.disclose.render.SiteAddresses;
import org.jsoup.parser.Parser;

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
    /** Each distinct address as judged by {@link PublishedUrl#judge}, for {@link #judged}. */
    private final Map<String, PublishedUrl> judgments = new ConcurrentHashMap<>();
    private final Map<String, Reference> references = new ConcurrentHashMap<>();
    /** Addresses the pages may not publish, by address: refused by the rule, or loading from another server. */
    private final Map<String, Reference> refusals = new ConcurrentHashMap<>();
    /** What no page may carry (an inline script, a style, a frame: see {@link PageSafety}), by problem. */
    private final Map<String, Reference> unsafe = new ConcurrentHashMap<>();
    /** Reads a page of the current site, for pages this build kept rather than rendered. */
    private final Function<String, byte[]> current;
    private Set<String> kept = Set.of();
    /** For an unsafe problem, the regular expression that finds the template that likely wrote it. */
    private final Map<String, String> needles = new ConcurrentHashMap<>();
    /** Finds the first theme template a regular expression matches, as "file:line", or null. */
    private Function<String, String> templates = regex -> null;

    /** The official widgets' scripts the settings turn on: the only addresses of other servers a page may load. */
    private Set<String> officialScripts = Set.of();

    /**
     * Lets the pages load exactly these scripts from their official hosts (党政机关网站标识, 我为政府网站找错, when
     * site.yaml turns them on), and nothing else from another server.
     */
    public void officialScripts(java.util.Collection<String> scripts) {
        this.officialScripts = Set.copyOf(scripts);
    }

    /** Site paths the settings link to (navigation, footer), with where each was written. */
    private Map<String, SourcePos> settingsLinks = Map.of();
    private List<String> hostPaths = List.of();

    /**
     * Lets a broken link to one of these site paths be reported where the settings wrote it ({@code site.yaml}'s
     * navigation) when the page's own source does not hold it.
     */
    public void settingsLinks(Map<String, SourcePos> written) {
        this.settingsLinks = Map.copyOf(written);
    }

    /**
     * Paths on the host site (a column's department website) that pages may link to or load from, from its root:
     * addresses under them are the host's, and are not checked.
     */
    public void hostPaths(List<String> paths) {
        this.hostPaths = List.copyOf(paths);
    }

    private boolean isHosts(String path) {
        if (hostPaths.isEmpty() || !path.startsWith("/")) {
            return false;
        }
        String p = decode(path);
        return !p.startsWith(basePath) && !p.contains("/../") && hostPaths.stream().anyMatch(p::startsWith);
    }

    /** Lets the messages name the theme template that likely wrote an unsafe tag or attribute. */
    public void templates(Function<String, String> locate) {
        this.templates = locate;
    }

    /**
     * @param basePath the site's path on its host, e.g. {@code /zhenggai/}, for links written from the host root
     * @param where    refines a page's source position to where a given href was written in it, when known
     * @param current  reads a file of the site this build replaces
     */
    public LinkCheck(String basePath, BiFunction<SourcePos, String, SourcePos> where,
                     Function<String, byte[]> current) {
        this.basePath = decode(basePath); // compared with decoded paths: a base path may be percent-encoded
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
                || f.equals(SiteAddresses.MANIFEST));
        List<String> rendered = idsByPage.keySet().stream().filter(before::contains).toList();
        // comparing ids costs a read of each rendered page's old copy: past a point, checking the kept ones is cheaper
        hold = hold && rendered.size() < kept.size() && rendered.stream().allMatch(f -> {
            Set<String> old = new HashSet<>();
            try {
                PageAddresses.scan(new String(current.apply(f), StandardCharsets.UTF_8), old, new ArrayList<>());
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
        List<PageAddresses.Ref> refs = new ArrayList<>();
        PageAddresses.scan(text, ids, refs);
        idsByPage.put(file, joined(ids));
        String dir = file.substring(0, file.lastIndexOf('/') + 1);
        Set<String> seenHere = new HashSet<>();
        Set<String> loadedHere = new HashSet<>();
        Set<String> judgedHere = new HashSet<>();
        Set<String> refusedHere = new HashSet<>();
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        List<PageAddresses.Ref> tagged = new ArrayList<>();
        PageSafety.scan(text, problems, tagged, officialScripts);
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            unsafe.merge(problem.getKey(), new Reference(file, problem.getKey(), source), LinkCheck::first);
            needles.putIfAbsent(problem.getKey(), problem.getValue());
        }
        for (PageAddresses.Ref ref : tagged) {
            // the tag scan reads every address as a browser does (any case, any quoting, after '/' or a quote);
            // what the scan below also finds is reported once
            String href = PageAddresses.unescape(ref.value());
            if (refused(ref, judged(ref, href))) {
                refuse(ref, href, file, source, refusedHere);
            }
        }
        for (PageAddresses.Ref ref : refs) {
            String href = PageAddresses.unescape(ref.value());
            if (!(ref.loads() ? loadedHere : judgedHere).add(href)) {
                continue;
            }
            PublishedUrl url = judged(ref, href);
            if (refused(ref, url)) {
                // the sources of content judge their addresses where they are written; this is the net for the
                // rest (a theme's own links and strings), reported once with the pages that share it
                refuse(ref, href, file, source, refusedHere);
                continue;
            }
            if (url.leavesSite() || !ref.followed() || !seenHere.add(href)) {
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
            if (target == null && isHosts(path)) {
                continue; // the host's page or file, declared in site.yaml
            }
            String key = (target == null ? "\u0000" + href : target) + "#" + fragment;
            SourcePos at = where.apply(source, href);
            if (at.equals(source) && target != null) {
                at = settingsLinks.getOrDefault(target, at);
            }
            references.merge(key, new Reference(file, href, at), LinkCheck::first);
        }
    }

    /**
     * An address as a browser reads it (entities decoded), judged by the one rule, once per build: most addresses
     * (the navigation, the assets, the footer) are on every page.
     */
    private PublishedUrl judged(PageAddresses.Ref ref, String href) {
        return judgments.computeIfAbsent(ref.value().indexOf('&') < 0 ? href
                : Parser.unescapeEntities(ref.value(), true), PublishedUrl::judge);
    }

    /** Whether the rule refuses the address: any refused one, and one that loads from another server. */
    private boolean refused(PageAddresses.Ref ref, PublishedUrl url) {
        return !url.allowed() || ref.loads() && url.leavesSite() && !officialScripts.contains(url.href());
    }

    /** Records a refused address, once per page and kind (followed or loaded), with the pages that share it. */
    private void refuse(PageAddresses.Ref ref, String href, String file, SourcePos source, Set<String> refusedHere) {
        String key = (ref.loads() ? "L" : "F") + href;
        if (refusedHere.add(key)) {
            refusals.merge(key, new Reference(file, href, where.apply(source, href)), LinkCheck::first);
        }
    }

    /** Which page is reported must not depend on which thread rendered first: keep the smallest address. */
    private static Reference first(Reference a, Reference b) {
        Reference kept = a.page.compareTo(b.page) <= 0 ? a : b;
        kept.pages = a.pages + b.pages;
        return kept;
    }

    /** Reports every reference that does not resolve to a file of the site, or to an id on its page. */
    public void verify(Set<String> files, Diagnostics diagnostics) {
        for (Map.Entry<String, Reference> e : new java.util.TreeMap<>(unsafe).entrySet()) {
            Reference ref = e.getValue();
            String where = ref.pages > 1 ? " (on " + ref.pages + " pages, first /" + ref.page + ")"
                    : " (on /" + ref.page + ")";
            String needle = needles.get(e.getKey());
            String template = needle == null ? null : templates.apply(needle);
            diagnostics.error(ref.source, "the page has " + e.getKey() + (template == null
                    ? ", from the theme's templates (its layouts and partials)"
                    : ", from the theme's templates (likely " + template + ")") + ": a page may run no script but the theme's own script files, carry no inline "
                    + "style, and load nothing from another server" + where);
        }
        for (Map.Entry<String, Reference> e : new java.util.TreeMap<>(refusals).entrySet()) {
            Reference ref = e.getValue();
            String where = ref.pages > 1 ? " (on " + ref.pages + " pages, first /" + ref.page + ")"
                    : " (on /" + ref.page + ")";
            PublishedUrl url = PublishedUrl.judge(ref.href);
            String shown = PublishedUrl.shown(ref.href);
            diagnostics.error(ref.source, !url.allowed() || e.getKey().startsWith("F")
                    ? "address '" + shown + "' is not allowed: it " + (url.allowed() ? "is written with HTML "
                            + "character references that make it another address" : url.refusal()) + where
                    : "'" + shown + "' is loaded from another server, but a page loads nothing from elsewhere: "
                            + "publish the file with the site (a theme asset, a case image)" + where);
        }
        for (Map.Entry<String, Reference> e : new java.util.TreeMap<>(references).entrySet()) {
            Reference ref = e.getValue();
            String key = e.getKey();
            int hash = key.lastIndexOf('#');
            String target = key.substring(0, hash);
            String fragment = key.substring(hash + 1);
            String where = ref.pages > 1 ? " (on " + ref.pages + " pages, first /" + ref.page + ")"
                    : " (on /" + ref.page + ")";
            if (target.startsWith("\u0000")) {
                diagnostics.error(ref.source, "link '" + ref.href + "' leads outside the site" + where
                        + (ref.href.startsWith("/") && !ref.href.startsWith("//") ? ": a link to the host site of a "
                        + "column (专栏) is declared under host: paths: in site.yaml" : ""));
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
            PageAddresses.scan(new String(current.apply(f), StandardCharsets.UTF_8), ids, new ArrayList<>());
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
