package org.disclose.config;

import java.util.ArrayList;
import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.PublishedUrl;
import org.disclose.text.Fields;

/**
 * {@code host: {paths: [...]}} in site.yaml: where a site published as a column (专栏) of a department's website may
 * link to its host. The host's header and footer, copied into the theme, link to the host's pages and load its
 * stylesheets from the host's root ({@code /xxgk/}, {@code /css/main.css}); those addresses are the host's to keep,
 * not the site's, so the link check leaves them alone — but only under the paths declared here, so that a mistyped
 * link of the site itself is still found.
 */
final class HostPaths {

    private HostPaths() {
    }

    static List<String> read(Fields f, BaseUrl baseUrl, Diagnostics diagnostics) {
        List<String> paths = new ArrayList<>();
        f.mapping("host", "the host site").ifPresent(host -> {
            for (String p : host.strings("paths")) {
                PublishedUrl url = PublishedUrl.judge(p);
                String problem = !p.startsWith("/") || p.startsWith("//") ? "is not a path from the host's root "
                        + "such as /xxgk/" : !url.allowed() ? "is not allowed: it " + url.refusal()
                        : baseUrl != null && p.startsWith(baseUrl.path()) ? "is inside this site ("
                        + baseUrl.path() + "), whose links are always checked" : null;
                if (problem != null) {
                    diagnostics.error(host.posOf("paths"), "host path '" + PublishedUrl.shown(p) + "' " + problem);
                } else {
                    paths.add(p);
                }
            }
            host.reportUnknown();
        });
        return List.copyOf(paths);
    }
}
