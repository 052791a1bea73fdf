package org.disclose.check;

import org.disclose.diag.Diagnostics;
import org.disclose.model.ClosureRate;
import org.disclose.model.Content;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;

/**
 * A declared closure rate must equal the {@link ClosureRate} of its figures at the precision it was declared with
 * (97.64 = 4593 / 4704); and no more cases can be closed than were assigned.
 */
public final class ClosureRateCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Round round : content.rounds()) {
            for (RoundReport r : round.reports()) {
                Long assigned = r.complaintsAssigned();
                Long closed = r.complaintsClosed();
                if (assigned != null && closed != null && closed > assigned) {
                    diagnostics.error(r.where().of("complaintsClosed"), "complaintsClosed " + closed
                            + " is more than complaintsAssigned " + assigned);
                    continue;
                }
                if (r.closureRate() == null) {
                    continue;
                }
                if (assigned == null || closed == null) {
                    diagnostics.error(r.where().of("closureRate"), "closureRate needs complaintsAssigned and "
                            + "complaintsClosed in the same report, so that it can be checked");
                    continue;
                }
                if (assigned == 0) {
                    diagnostics.error(r.where().of("closureRate"), "closureRate cannot be computed: "
                            + "complaintsAssigned is 0");
                    continue;
                }
                new ClosureRate(closed, assigned).percent(r.closureRate().scale()).ifPresent(expected -> {
                    if (expected.compareTo(r.closureRate()) != 0) {
                        diagnostics.error(r.where().of("closureRate"), "closureRate is " + r.closureRate()
                                .toPlainString() + ", but complaintsClosed " + closed + " / complaintsAssigned "
                                + assigned + " = " + expected.toPlainString() + "%");
                    }
                });
            }
        }
    }
}
