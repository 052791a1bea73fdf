package org.disclose.check;

import java.util.stream.Collectors;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Accountability;
import org.disclose.model.Content;

/** The people held accountable at each rank must add up to the declared total (8 + 51 + 59 = 118). */
public final class AccountabilityTotalCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Accountability a : content.accountability()) {
            if (a.total() == null || a.byRank().isEmpty()) {
                continue;
            }
            long sum = a.rankSum();
            if (sum != a.total()) {
                String parts = a.byRank().stream().map(r -> r.rank() + " " + r.count())
                        .collect(Collectors.joining(" + "));
                diagnostics.error(a.where().of("total"), "total is " + a.total() + ", but byRank adds up to "
                        + sum + " (" + parts + ")");
            }
        }
    }
}
