package org.disclose.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclose.diag.Diagnostics;

/**
 * Two sources may never be published at one address, and content may not take an address the site itself needs
 * (the theme's {@code assets/}). Both sources are named so the author can choose which to move.
 */
public final class RouteClashes {

    private RouteClashes() {
    }

    public static void check(List<Route> routes, Diagnostics diagnostics) {
        Map<String, Route> byFile = new HashMap<>();
        for (Route r : routes) {
            if (r.path().startsWith("assets/")) {
                diagnostics.error(r.source(), "the address /" + r.path() + " is reserved for the theme's assets: "
                        + "choose another slug");
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
