package org.disclose.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disclose.model.PublishedUrl;
import org.jsoup.parser.Parser;

/**
 * The tags of a rendered page that nothing may publish: whatever wrote them (a theme's layouts and partials, a
 * string), a page runs no script but the site's own script files, carries no inline style, and loads nothing from
 * another server. Content HTML is sanitised where it is written; this is the net for the theme's templates.
 *
 * <p>One linear pass over the page's tags, read as a browser reads them: tag and attribute names in any case,
 * values double-, single- or unquoted, character references decoded, an attribute after a {@code /} or right after
 * a quote. Each problem is a short phrase ("an inline &lt;script&gt;"); each address found is handed back to the link
 * check, which judges it with {@link PublishedUrl} like every other address.
 */
final class PageSafety {

    private PageSafety() {
    }

    private static final Set<String> EMBEDDING = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "portal", "fencedframe");
    /** SVG elements whose href the browser fetches with the page. */
    private static final Set<String> SVG_LOADING = Set.of("image", "use", "feimage", "script");
    private static final Set<String> SVG_ANIMATION = Set.of("animate", "set", "animatemotion", "animatetransform");
    /** Attributes whose value is an address, and whether the browser fetches it with the page. */
    private static final Set<String> LOADING = Set.of("src", "srcset", "poster", "data", "background", "manifest",
            "codebase", "archive", "lowsrc", "dynsrc");
    private static final Set<String> NAMING = Set.of("href", "xlink:href", "action", "formaction", "cite", "ping",
            "longdesc", "usemap", "itemtype", "profile");

    /** Attributes whose value the judgement reads; any other is judged by its name alone. */
    private static final Set<String> VALUED = java.util.stream.Stream.of(LOADING, NAMING,
            Set.of("imagesrcset", "href", "xlink:href", "rel", "http-equiv", "attributename"))
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * One attribute as a browser reads it: name in lower case, value with character references decoded (empty for
     * an attribute not {@link #VALUED}: the path data of an icon is long and says nothing to the judgement).
     */
    private record Attribute(String name, String raw, String value) {
    }

    /**
     * Scans {@code html}; adds each distinct problem to {@code problems}, with a regular expression that finds what
     * likely wrote it in a template, and each address to {@code refs}
     * ({@code followed} false: the link check resolves the ones its own scan finds).
     * A {@code <script src>} of exactly one of {@code officialScripts} passes: the official widgets the settings turn
     * on (党政机关网站标识, 我为政府网站找错).
     */
    static void scan(String html, Map<String, String> problems, List<PageAddresses.Ref> refs,
                     Set<String> officialScripts) {
        int n = html.length();
        int i = html.indexOf('<');
        List<Attribute> attrs = new ArrayList<>();
        while (i >= 0 && i + 1 < n) {
            char c = html.charAt(i + 1);
            // tags inside an HTML comment count too: a browser ends a comment at '<!-->', '--!>' or '-->' alike,
            // and the rendered pages carry no comments of their own (content comments are dropped)
            boolean closing = c == '/';
            int s = closing ? i + 2 : i + 1;
            if (s >= n || !isLetter(html.charAt(s))) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int e = s;
            while (e < n && !isSpace(html.charAt(e)) && html.charAt(e) != '/' && html.charAt(e) != '>') {
                e++;
            }
            String tag = html.substring(s, e).toLowerCase(Locale.ROOT);
            attrs.clear();
            int p = attributes(html, e, attrs);
            if (!closing) {
                judge(tag, attrs, problems, refs, officialScripts);
            }
            if (p >= n) {
                return;
            }
            // only a script's text is skipped (a <style> is refused anyway); in SVG a <title> or <textarea> is no text
            if (!closing && tag.equals("script")) {
                int end = indexOfIgnoreCase(html, "</" + tag, p);
                if (end < 0) {
                    return;
                }
                p = end;
            }
            i = html.indexOf('<', p);
        }
    }

    /** Reads the attributes of a tag from {@code p} to its {@code >}; returns the index after it. */
    private static int attributes(String html, int p, List<Attribute> attrs) {
        int n = html.length();
        while (p < n) {
            char c = html.charAt(p);
            if (c == '>') {
                return p + 1;
            }
            if (isSpace(c) || c == '/') {
                p++;
                continue;
            }
            int s = p;
            p++; // a name may begin with '=' in HTML; never mind, it is a name character then
            while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '/' && html.charAt(p) != '>'
                    && html.charAt(p) != '=') {
                p++;
            }
            String name = html.substring(s, p).toLowerCase(Locale.ROOT);
            boolean valued = VALUED.contains(name);
            int q = p;
            while (q < n && isSpace(html.charAt(q))) {
                q++;
            }
            String raw = "";
            if (q < n && html.charAt(q) == '=') {
                q++;
                while (q < n && isSpace(html.charAt(q))) {
                    q++;
                }
                if (q < n && (html.charAt(q) == '"' || html.charAt(q) == '\'')) {
                    int close = html.indexOf(html.charAt(q), q + 1);
                    if (close < 0) {
                        close = n;
                    }
                    raw = valued ? html.substring(q + 1, close) : "";
                    p = Math.min(n, close + 1);
                } else {
                    int v = q;
                    while (v < n && !isSpace(html.charAt(v)) && html.charAt(v) != '>') {
                        v++;
                    }
                    raw = valued ? html.substring(q, v) : "";
                    p = v;
                }
            }
            attrs.add(new Attribute(name, raw, raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true)));
        }
        return n;
    }

    private static void judge(String tag, List<Attribute> attrs, Map<String, String> problems,
                              List<PageAddresses.Ref> refs, Set<String> officialScripts) {
        switch (tag) {
            case "script" -> {
                Attribute src = find(attrs, "src");
                if (src == null) {
                    problems.putIfAbsent("an inline <script> (a page runs only the theme's script files, "
                            + "<script src=\"{{root}}{{asset.x_js}}\">)", "<script(?![^>]*\\ssrc\\s*=)[^>]*>");
                } else {
                    PublishedUrl url = PublishedUrl.judge(src.value());
                    if (!url.allowed() || url.kind() != PublishedUrl.Kind.SITE
                            && !officialScripts.contains(src.value())) {
                        problems.putIfAbsent("a <script src=\"" + PublishedUrl.shown(src.value()) + "\"> (a page runs only "
                                + "the theme's script files, published with the site)",
                                "<script[^>]*\\ssrc\\s*=\\s*[\"']?\\s*(?:[a-z]+:|//)");
                    }
                }
            }
            case "style" -> problems.putIfAbsent("a <style> element (a page carries no inline style: put it in the "
                    + "theme's stylesheet)", "<style[\\s>]");
            case "base" -> problems.putIfAbsent("a <base> element (it would move every relative address of the page)",
                    "<base[\\s/>]");
            case "meta" -> {
                Attribute equiv = find(attrs, "http-equiv");
                if (equiv != null && equiv.value().strip().equalsIgnoreCase("refresh")) {
                    problems.putIfAbsent("a <meta http-equiv=\"refresh\"> (a page does not send its reader elsewhere)",
                            "http-equiv\\s*=\\s*[\"']?\\s*refresh");
                }
            }
            default -> {
                if (EMBEDDING.contains(tag)) {
                    problems.putIfAbsent("an <" + tag + "> element (a page embeds no other document or program)",
                            "<" + tag + "[\\s/>]");
                }
                if (SVG_ANIMATION.contains(tag)) {
                    Attribute target = find(attrs, "attributename");
                    if (target != null && target.value().strip().toLowerCase(Locale.ROOT).endsWith("href")) {
                        problems.putIfAbsent("an <" + tag + "> of an address (an animation may not change where a link "
                                + "leads)", "<" + tag + "[\\s/>]");
                    }
                }
            }
        }
        for (Attribute a : attrs) {
            String name = a.name();
            if (name.startsWith("on")) {
                problems.putIfAbsent("an event handler attribute '" + name + "=' (a page runs only the theme's script "
                        + "files)", "[\\s/\"']" + java.util.regex.Pattern.quote(name) + "\\s*=");
            } else if (name.equals("style")) {
                problems.putIfAbsent("a style attribute (a page carries no inline style: put it in the theme's "
                        + "stylesheet)", "[\\s/\"']style\\s*=");
            } else if (name.equals("srcdoc")) {
                problems.putIfAbsent("a srcdoc attribute (a page embeds no other document)", "srcdoc\\s*=");
            } else if (name.equals("srcset") || name.equals("imagesrcset")) {
                for (String candidate : a.raw().split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        refs.add(new PageAddresses.Ref(url, false, true));
                    }
                }
            } else if (LOADING.contains(name)) {
                refs.add(new PageAddresses.Ref(a.raw(), false, true));
            } else if (name.equals("href") || name.equals("xlink:href")) {
                boolean loads = SVG_LOADING.contains(tag) || tag.equals("link") && loadingRel(find(attrs, "rel"));
                refs.add(new PageAddresses.Ref(a.raw(), false, loads));
            } else if (NAMING.contains(name)) {
                refs.add(new PageAddresses.Ref(a.raw(), false, false));
            }
        }
    }

    private static final Set<String> NAMING_RELS = Set.of("canonical", "alternate", "author", "help", "license",
            "next", "prev", "search", "bookmark", "external", "nofollow", "noopener", "noreferrer", "me");

    private static boolean loadingRel(Attribute rel) {
        if (rel == null || rel.value().isBlank()) {
            return true;
        }
        for (String r : rel.value().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!NAMING_RELS.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static Attribute find(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) {
            if (a.name().equals(name)) {
                return a; // the first wins, as in a browser
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String html, String what, int from) {
        for (int k = html.indexOf('<', from); k >= 0; k = html.indexOf('<', k + 1)) {
            if (html.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
