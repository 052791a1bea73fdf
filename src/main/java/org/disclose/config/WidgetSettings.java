package org.disclose.config;

import org.disclose.model.OfficialWidgets;
import org.disclose.model.PublishedUrl;
import org.disclose.text.Fields;

/**
 * Reads the settings of the two official widgets (党政机关网站标识 {@code conac}, 我为政府网站找错 {@code jiucuo}) of
 * site.yaml: each off unless {@code enabled: true}, and when on, complete, or an error where it falls short.
 */
final class WidgetSettings {

    private WidgetSettings() {
    }

    /** The 开办者标识 code when {@code conac} is enabled and its code valid; null otherwise (after an error if wrong). */
    static String conac(Fields site) {
        return site.mapping("conac", "conac").map(c -> {
            boolean enabled = c.bool("enabled", false);
            String code = c.string("code");
            c.reportUnknown();
            if (code != null) {
                String problem = OfficialWidgets.conacCodeProblem(code);
                if (problem != null) {
                    c.diagnostics().error(c.posOf("code"), "conac code '" + PublishedUrl.shown(code) + "' " + problem);
                    return null;
                }
            } else if (enabled) {
                c.diagnostics().error(c.posOf("enabled"), "conac is enabled but has no code: give the 21 digits of "
                        + "the 开办者标识 script's name as code, or set enabled: false");
            }
            return enabled ? code : null;
        }).orElse(null);
    }

    /** Whether the 找错 entry is on: only with {@code siteCode}, which it reports the page under. */
    static boolean jiucuo(Fields site, String siteCode) {
        return site.mapping("jiucuo", "jiucuo").map(j -> {
            boolean enabled = j.bool("enabled", false);
            j.reportUnknown();
            if (enabled && siteCode == null) {
                j.diagnostics().error(j.posOf("enabled"), "jiucuo is enabled but siteCode is missing: the 我为政府网站找错 "
                        + "entry reports each page under the site's 政府网站标识码; give siteCode, or set enabled: false");
                return false;
            }
            return enabled;
        }).orElse(false);
    }
}
