package org.disclose.check;

import org.disclose.diag.Diagnostics;
import org.disclose.model.Change;
import org.disclose.model.Content;
import org.disclose.model.History;

/** Nothing is updated, changed or withdrawn before it was published. */
public final class HistoryCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        content.releases().forEach(r -> check(r.history(), diagnostics));
        content.tasks().forEach(t -> check(t.history(), diagnostics));
        content.cases().forEach(c -> check(c.history(), diagnostics));
    }

    private static void check(History h, Diagnostics diagnostics) {
        if (h.published() == null) {
            return;
        }
        boolean updatedGiven = h.where().fields().containsKey("updated");
        if (updatedGiven && h.updated().isBefore(h.published())) {
            diagnostics.error(h.where().of("updated"), "updated " + h.updated().display() + " is earlier than the "
                    + "publication date " + h.published().display() + ": an update comes after publication");
        }
        for (Change c : h.changes()) {
            if (c.date().isBefore(h.published())) {
                diagnostics.error(c.pos(), "change of " + c.date().display() + " is earlier than "
                        + "the publication date " + h.published().display());
            }
        }
        if (h.withdrawn() != null && h.withdrawn().date().isBefore(h.published())) {
            diagnostics.error(h.where().of("withdrawn"), "withdrawn on " + h.withdrawn().date().display()
                    + ", before the publication date " + h.published().display());
        }
    }
}
