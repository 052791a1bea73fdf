package org.disclose.render;

import org.disclose.model.Content;
import org.disclose.model.Round;

/**
 * What pages call a round: its name, else its group ({@link Round#title()}), else the theme's generic words for a round
 * ({@code roundUnnamed}); a round id no round has (already an error) is shown as written.
 */
public final class RoundNames {

    private RoundNames() {
    }

    public static String of(Round r, Strings t) {
        return r.title().orElseGet(() -> t.get("roundUnnamed"));
    }

    public static String of(Content content, String id, Strings t) {
        return content.round(id).map(r -> of(r, t)).orElse(id);
    }
}
