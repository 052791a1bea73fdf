package org.disclose.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ids and the addresses of a rendered page, read in one pass over its attributes, for the link check and the
 * one rule for published addresses.
 */
final class PageAddresses {

    private PageAddresses() {
    }

    /**
     * An address in a page: {@code followed} when the link check resolves it (href and src), {@code loads} when a
     * browser fetches it with the page (src, srcset, poster, data, background, and a stylesheet or icon link).
     */
    record Ref(String value, boolean followed, boolean loads) {
    }

    /** Attributes that hold an address only judged by the rule (the theme's default pages use none of them). */
    private static final List<String> JUDGED = List.of("action", "formaction", "cite", "ping", "xlink:href",
            "longdesc", "manifest");
    private static final List<String> LOADED = List.of("srcset", "poster", "data", "background");
    /** Link relations that only name another document, which the browser does not fetch with the page. */
    private static final List<String> COLLECTED = Stream.of(List.of("id", "href", "src", "srcset"),
            LOADED, JUDGED).flatMap(List::stream).toList();
    private static final Set<String> NAMING_RELS = Set.of("canonical", "alternate", "author", "help", "license",
            "next", "prev", "search", "bookmark", "external", "nofollow", "noopener", "noreferrer", "me");

    /**
     * Collects the values of id attributes and the addresses of a page in one pass over it (much faster than a
     * regular expression on every page). Disclose and the default theme always double-quote attributes; a theme's
     * own template may not, so single-quoted and unquoted values count too, inside a tag.
     */
    static void scan(String html, Set<String> ids, List<Ref> refs) {
        int i = html.indexOf('=');
        while (i > 0) {
            int v = i + 1;
            while (v < html.length() && Character.isWhitespace(html.charAt(v))) {
                v++;
            }
            String name = attributeName(html, i);
            if (v >= html.length()) {
                return;
            }
            if (name == null) {
                // skip a double-quoted value whole: what it holds is not an attribute
                int close = v == i + 1 && html.charAt(v) == '"' ? html.indexOf('"', v + 1) : i;
                if (close < 0) {
                    return;
                }
                i = html.indexOf('=', close + 1);
                continue;
            }
            char quote = html.charAt(v);
            int end;
            if (quote == '"' && v == i + 1) {
                end = html.indexOf('"', v + 1);
            } else if (!insideTag(html, i)) {
                i = html.indexOf('=', i + 1);
                continue;
            } else if (quote == '"' || quote == '\'') {
                end = html.indexOf(quote, v + 1);
            } else {
                end = v;
                while (end < html.length() && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '>') {
                    end++;
                }
                v--; // the value starts at v, not after a quote
            }
            if (end < 0) {
                return;
            }
            collect(name, html.substring(v + 1, end), html, i, ids, refs);
            i = html.indexOf('=', end);
        }
    }

    private static void collect(String name, String value, String html, int eq, Set<String> ids, List<Ref> refs) {
        switch (name) {
            case "id" -> ids.add(unescape(value));
            case "href" -> refs.add(new Ref(value, true, loadingLink(html, eq)));
            case "src" -> refs.add(new Ref(value, true, true));
            case "srcset" -> {
                for (String candidate : value.split(",")) {
                    refs.add(new Ref(candidate.strip().split("\\s+")[0], false, true));
                }
            }
            default -> {
                if (LOADED.contains(name)) {
                    refs.add(new Ref(value, false, true));
                } else if (JUDGED.contains(name)) {
                    refs.add(new Ref(value, false, false));
                }
            }
        }
    }

    /** The name of the attribute whose {@code =} is at {@code eq}, in lower case, when it is one that is collected. */
    private static String attributeName(String html, int eq) {
        int end = eq;
        while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && start > end - 12 && isNameChar(html.charAt(start - 1))) {
            start--;
        }
        if (start == end || start == 0 || !Character.isWhitespace(html.charAt(start - 1))) {
            return null;
        }
        for (String name : COLLECTED) { // compared in place: this runs for every '=' of every page
            if (name.length() == end - start && html.regionMatches(true, start, name, 0, name.length())) {
                return name;
            }
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ':' || c == '-';
    }

    /** Whether {@code eq} stands inside a tag and outside a double-quoted value: text that only looks like one is not. */
    private static boolean insideTag(String html, int eq) {
        int open = html.lastIndexOf('<', eq);
        if (open < 0 || html.lastIndexOf('>', eq) > open) {
            return false;
        }
        int quotes = 0;
        for (int k = open; k < eq; k++) {
            if (html.charAt(k) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }

    /** Whether the href at {@code eq} belongs to a {@code <link>} that the browser fetches (a stylesheet, an icon). */
    private static boolean loadingLink(String html, int eq) {
        int open = html.lastIndexOf('<', eq);
        if (open < 0 || !html.regionMatches(true, open, "<link", 0, 5) || open + 5 >= html.length()
                || !Character.isWhitespace(html.charAt(open + 5))) {
            return false;
        }
        int close = html.indexOf('>', eq);
        String tag = html.substring(open, close < 0 ? html.length() : close).toLowerCase(java.util.Locale.ROOT);
        int rel = tag.indexOf(" rel=\"");
        if (rel < 0) {
            return true;
        }
        int relEnd = tag.indexOf('"', rel + 6);
        String rels = tag.substring(rel + 6, relEnd < 0 ? tag.length() : relEnd).strip();
        return rels.isEmpty() || !Arrays.stream(rels.split("\\s+")).allMatch(NAMING_RELS::contains);
    }

    /** An attribute value as the browser reads it: our own escaping undone. */
    static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
