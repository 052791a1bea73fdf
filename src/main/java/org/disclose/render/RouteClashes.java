package org.disclose.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclose.text.Slugs;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Two sources may never be published at one address, and content may not take an address the site itself needs
 * (the theme's {@code assets/}). Both sources are named so the author can choose which to move. The site must also
 * copy to any server: no two of its files may differ only in letter case (Windows and macOS keep one of them), no
 * name may be both a file and a folder ({@code complaints/index.html} is the list, so a 受理编号 {@code index.html}
 * cannot be a folder beside it), and every name on the way must be portable ({@link Slugs#nameProblem}).
 */
public final class RouteClashes {

    private RouteClashes() {
    }

    public static void check(List<Route> routes, Diagnostics diagnostics) {
        Map<String, Route> byFile = new HashMap<>();
        for (Route r : routes) {
            String top = r.path().contains("/") ? r.path().substring(0, r.path().indexOf('/')) : r.path();
            if (r.path().startsWith(SiteAddresses.ASSETS) || r.layout().equals("page") && SiteAddresses.RESERVED.contains(top)) {
                diagnostics.error(r.source(), "the address /" + r.path() + " is reserved for the site's own "
                        + "pages: choose another slug (reserved: "
                        + String.join(", ", new java.util.TreeSet<>(SiteAddresses.RESERVED)) + ")");
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

    /** Where each published file comes from, for messages: a route's source, or what a data file, asset or copy is. */
    private record Origin(String file, SourcePos source) {
    }

    /**
     * Checks every file the site will hold: the routes' pages and {@code others} (data files, assets, copied images,
     * by site path, each with where it comes from), each with the {@code .gz} copy a text file may get beside it.
     * Memory stays at one small entry per file: a site may have a page for each of a million complaint cases.
     */
    public static void checkOutputs(List<Route> routes, Map<String, SourcePos> others, Diagnostics diagnostics) {
        Map<String, Origin> byFolded = new HashMap<>((routes.size() + others.size()) * 2);
        List<Origin> all = new java.util.ArrayList<>(routes.size() + others.size());
        routes.forEach(r -> all.add(new Origin(r.file(), r.source())));
        others.forEach((file, source) -> all.add(new Origin(file, source)));
        for (Origin o : all) {
            if (!portable(o, diagnostics)) {
                continue;
            }
            Origin first = byFolded.putIfAbsent(folded(o.file()), o);
            if (first != null && !first.file().equals(o.file())) {
                diagnostics.error(o.source(), "this would be published as /" + o.file() + ", which differs only in "
                        + "letter case from /" + first.file() + " (" + from(first) + "): Windows and macOS servers "
                        + "store them as one file; rename one of the two");
            }
        }
        for (Origin o : all) {
            String f = o.file();
            Origin twin = f.length() > 3 && f.regionMatches(true, f.length() - 3, ".gz", 0, 3)
                    ? byFolded.get(folded(f.substring(0, f.length() - 3))) : null;
            if (twin != null) {
                diagnostics.error(o.source(), "this would be published as /" + f + ", which is the compressed copy "
                        + "of /" + twin.file() + " (" + from(twin) + "): change the id or name");
            }
            for (int slash = f.indexOf('/'); slash > 0; slash = f.indexOf('/', slash + 1)) {
                String folder = f.substring(0, slash);
                Origin file = byFolded.get(folded(folder));
                boolean gz = file == null && folder.regionMatches(true, folder.length() - 3, ".gz", 0, 3);
                if (gz) {
                    file = byFolded.get(folded(folder.substring(0, folder.length() - 3)));
                }
                if (file != null) {
                    diagnostics.error(o.source(), "this would be published as /" + f + ", inside a folder /"
                            + folder + "/, but /" + file.file() + (gz ? ".gz" : "") + " (" + from(file)
                            + ") is a file of the site: a name cannot be both; change the id or name");
                    break;
                }
            }
        }
    }

    /** Whether every name on the way to a file is portable; reports the first that is not. */
    private static boolean portable(Origin o, Diagnostics diagnostics) {
        String f = o.file();
        for (int start = 0, end; start <= f.length(); start = end + 1) {
            end = f.indexOf('/', start);
            end = end < 0 ? f.length() : end;
            String segment = f.substring(start, end);
            Optional<String> problem = Slugs.nameProblem(segment);
            if (problem.isPresent()) {
                diagnostics.error(o.source(), "this would be published as /" + f + ", but its part '" + segment
                        + "' cannot be a name on every server: " + problem.get());
                return false;
            }
        }
        return true;
    }

    /** The name as a case-insensitive file system compares it (the same string when it has no capitals). */
    private static String folded(String file) {
        return file.toLowerCase(Locale.ROOT);
    }

    private static String from(Origin o) {
        return o.source().path() + " line " + o.source().line();
    }
}
