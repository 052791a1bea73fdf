package org.disclose.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.render.Route;

/**
 * The personal-data guard run over what the build derives, not only over what authors wrote: page and file
 * addresses (made from file names, ids, regions), and the data files (sitemap, feed, open data, and the search index
 * as it is made: {@link SearchFiles}), which join, cut and fold texts. The content was scanned clean before, so a
 * finding here comes from such a join. Cheap: one linear pass, on every core, over text the build holds anyway
 * (about 0.2 s for the 10 MB of the demo's data files); the pages themselves are made from scanned texts and are
 * not scanned again.
 */
final class DerivedScan {

    private DerivedScan() {
    }

    static void run(PersonalDataGuard guard, List<Route> routes, Map<String, Path> copies, Map<String, byte[]> data,
            Diagnostics diagnostics) {
        routes.parallelStream().forEach(r -> guard.scanAddress(r.file(), r.source(), diagnostics));
        // a copied image's address holds its file name, which its case gave relative to content/cases
        copies.keySet().forEach(address -> guard.scanAddress(address, SourcePos.file("content/cases"), diagnostics));
        data(guard, data, diagnostics);
    }

    /** Scans data files only: the search index, made apart from the rest ({@link SearchFiles}). */
    static void data(PersonalDataGuard guard, Map<String, byte[]> data, Diagnostics diagnostics) {
        data.entrySet().parallelStream().forEach(e -> guard.scanOutput(new String(e.getValue(),
                StandardCharsets.UTF_8), e.getKey(), diagnostics));
    }
}
