package org.disclose.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclose.render.Renderer;
import org.disclose.render.Route;

/**
 * Everything a build publishes: pages, the theme's assets (stylesheets that name other assets as rewritten by
 * {@code AssetNames}), files copied as they are, photos (as pixels only), derived data files, and the
 * search index (made when the output asks for it: no page links into it).
 */
record Plan(List<Route> routes, Renderer renderer, Map<String, Path> assets, Map<String, byte[]> linkedStylesheets,
            Map<String, Path> copies, PhotoFiles photos,
            Map<String, byte[]> data, SearchFiles search) {

    /** Every file of the site made so far, which a page may link to. */
    Set<String> files() {
        Set<String> files = new HashSet<>(assets.keySet());
        files.addAll(copies.keySet());
        files.addAll(photos.files().keySet());
        files.addAll(data.keySet());
        files.addAll(search.made());
        routes.forEach(r -> files.add(r.file()));
        return files;
    }
}
