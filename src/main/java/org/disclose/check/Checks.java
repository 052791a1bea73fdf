package org.disclose.check;

import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;

/** Every content rule, run after reading and before anything is rendered. */
public final class Checks {

    private static final List<Check> ALL = List.of(
            new ReleaseDatesCheck(),
            new UniqueSlugsCheck());

    private Checks() {
    }

    public static void run(Content content, Diagnostics diagnostics) {
        for (Check check : ALL) {
            check.check(content, diagnostics);
        }
    }
}
