package org.disclose.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclose.diag.Diagnostics;

/**
 * Two sources may never be published at one address, and content may not take an address the site itself needs
 * (the theme's {@code assets/}). Both sources are named so the author can choose which to move.
 */
public final class RouteClashes {

    private RouteClashes() {
    }

    /** Top-level addresses the site uses or will use for its own sections, whether or not they exist yet. */
    static final Set<String> RESERVED = Set.of("assets", "data", "releases", "tasks", "cases", "rounds",
            "accountability", "indicators", "complaints", "search", "tags", "archive", "page", "feed.xml",
            "sitemap.xml", "robots.txt", "404.html", "manifest.json");

    public static void check(List<Route> routes, Diagnostics diagnostics) {
        Map<String, Route> byFile = new HashMap<>();
        for (Route r : routes) {
            String top = r.path().contains("/") ? r.path().substring(0, r.path().indexOf('/')) : r.path();
            if (r.path().startsWith("assets/") || r.layout().equals("page") && RESERVED.contains(top)) {
                diagnostics.error(r.source(), "the address /" + r.path() + " is reserved for the site's own "
                        + "pages: choose another slug (reserved: " + String.join(", ", new java.util.TreeSet<>(RESERVED))
                        + ")");
                continue;
            }
            Route first = byFile.putIfAbsent(r.file(), r);
            if (first != null) {
                diagnostics.error(r.source(), "this would be published at /" + r.path() + ", which "
                        + first.source().path() + " (line " + first.source().line() + ") already uses: "
                        + "change one of the two slugs");
            }
        }
    }
}
