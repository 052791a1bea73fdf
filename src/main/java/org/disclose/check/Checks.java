package org.disclose.check;

import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;

/** Every content rule, run after reading and before anything is rendered. */
public final class Checks {

    private static final List<Check> ALL = List.of(
            new UniqueIdsCheck(),
            new ReferencesCheck(),
            new ReleaseDatesCheck(),
            new DateOrderCheck(),
            new TaskStatusLogCheck(),
            new DeclaredTaskCountCheck(),
            new ClosureRateCheck(),
            new AccountabilityTotalCheck());

    private Checks() {
    }

    public static void run(Content content, Diagnostics diagnostics) {
        for (Check check : ALL) {
            check.check(content, diagnostics);
        }
    }
}
