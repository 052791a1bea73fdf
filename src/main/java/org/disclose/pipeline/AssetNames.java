package org.disclose.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.publish.PublishedFiles;
import org.disclose.publish.StylesheetLinks;
import org.disclose.render.SiteAddresses;
import org.disclose.render.Theme;

/**
 * The theme's assets by published path, fingerprinted with their content hash ({@code assets/site.3f2a91c0.css})
 * so that servers can cache them for a year and a changed file is never served stale.
 */
final class AssetNames {

    private AssetNames() {
    }

    /**
     * Published path → the asset's file; {@code keys} gets each template key ({@code assets/site.css} is
     * {@code {{asset.site_css}}}) → its published path; {@code rewritten} gets the text of each stylesheet whose
     * addresses of other assets were rewritten to their published names ({@link StylesheetLinks}), by published path.
     */
    static Map<String, Path> of(Theme theme, Map<String, String> keys, Map<String, byte[]> rewritten,
                                Diagnostics diagnostics) {
        Map<String, Path> bySitePath = new TreeMap<>();
        try {
            Map<String, Path> assets = theme.assets();
            Map<String, String> names = new TreeMap<>(); // below assets/: plain name → published name
            for (boolean stylesheets : new boolean[] {false, true}) { // stylesheets last: they name the others
                for (Map.Entry<String, Path> a : assets.entrySet()) {
                    String rel = a.getKey();
                    if (isStylesheet(rel) != stylesheets) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(a.getValue());
                    boolean linked = false;
                    if (stylesheets) {
                        String css = new String(bytes, StandardCharsets.UTF_8);
                        String text = StylesheetLinks.rewrite(css, rel, names);
                        if (!text.equals(css)) {
                            bytes = text.getBytes(StandardCharsets.UTF_8);
                            linked = true;
                        }
                    }
                    String hash = PublishedFiles.sha256(bytes).substring(0, 10);
                    String published = SiteAddresses.asset(rel, hash);
                    bySitePath.put(published, a.getValue());
                    names.put(rel, published.substring(SiteAddresses.ASSETS.length()));
                    keys.put(rel.replaceAll("[/.\\-]", "_"), published);
                    if (linked) {
                        rewritten.put(published, bytes);
                    }
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("themes"), "cannot read the theme's assets: " + e.getMessage());
        }
        return bySitePath;
    }

    private static boolean isStylesheet(String rel) {
        return rel.toLowerCase(Locale.ROOT).endsWith(".css");
    }
}
