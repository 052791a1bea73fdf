package org.disclose.check;

import java.util.HashMap;
import java.util.Map;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Page;
import org.disclose.model.Release;

/** Two releases, or two pages, cannot share a slug: they would be written to the same address. */
public final class UniqueSlugsCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        Map<String, SourcePos> releases = new HashMap<>();
        for (Release r : content.releases()) {
            clash(releases, r.slug(), r.where().origin(), diagnostics);
        }
        Map<String, SourcePos> pages = new HashMap<>();
        for (Page p : content.pages()) {
            clash(pages, p.slug(), p.where().origin(), diagnostics);
        }
    }

    private static void clash(Map<String, SourcePos> seen, String slug, SourcePos at, Diagnostics diagnostics) {
        SourcePos first = seen.putIfAbsent(slug, at);
        if (first != null) {
            diagnostics.error(at, "slug '" + slug + "' is already used by " + first.path()
                    + ": both would be published at the same address; give one a different 'slug'");
        }
    }
}
