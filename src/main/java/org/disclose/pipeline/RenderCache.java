package org.disclose.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.disclose.render.Route;

/**
 * Which pages need drawing again. A page is a pure function of its route (path, titles, trail and a view made only
 * of records, strings, numbers and lists) and of what every page shares (the code, the theme, the site's settings);
 * so a digest of both ({@link RouteText}), recorded with the site, tells a later build that a page would come out
 * byte for byte the same, and it is kept instead of rendered. The one rule for builds and previews alike: the record
 * is the output's ({@link org.disclose.publish.Output#record()}), in the site's marker or, for a preview, in memory.
 */
final class RenderCache {

    private static final String HEADER = "pages:";
    private final String shared;
    private final Map<String, String> previous;
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    /**
     * @param shared   everything all pages depend on besides their own route, as text
     * @param recorded the current site's record ({@link #record()}), or empty when its pages cannot be kept
     */
    RenderCache(String shared, String recorded) {
        // digested once: it is the same for every page, and as long as a page's own inputs
        this.shared = Digest128.of("", shared) + "\n";
        this.previous = parse(recorded);
    }

    /** Records the route's digest; true when the current site has this page drawn from exactly the same inputs. */
    boolean unchanged(Route route) {
        String digest = Digest128.of(shared, RouteText.of(route));
        digests.put(route.file(), digest);
        return digest.equals(previous.get(route.file()));
    }

    /** The digests of this build, sorted, for the site's marker. */
    String record() {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(digests).forEach((file, digest) -> s.append(digest).append(' ').append(file).append('\n'));
        return s.toString();
    }

    private static Map<String, String> parse(String recorded) {
        Map<String, String> found = new HashMap<>();
        int start = recorded.indexOf(HEADER + "\n");
        if (start < 0) {
            return found;
        }
        for (String line : recorded.substring(start + HEADER.length() + 1).split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                found.put(line.substring(space + 1), line.substring(0, space));
            }
        }
        return found;
    }
}
