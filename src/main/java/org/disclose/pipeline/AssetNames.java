package org.disclose.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.publish.PublishedFiles;
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
     * {@code {{asset.site_css}}}) → its published path.
     */
    static Map<String, Path> of(Theme theme, Map<String, String> keys, Diagnostics diagnostics) {
        Map<String, Path> bySitePath = new TreeMap<>();
        try {
            for (Map.Entry<String, Path> a : theme.assets().entrySet()) {
                String rel = a.getKey();
                String hash = PublishedFiles.sha256(Files.readAllBytes(a.getValue())).substring(0, 10);
                String published = SiteAddresses.asset(rel, hash);
                bySitePath.put(published, a.getValue());
                keys.put(rel.replaceAll("[/.\\-]", "_"), published);
            }
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("themes"), "cannot read the theme's assets: " + e.getMessage());
        }
        return bySitePath;
    }
}
