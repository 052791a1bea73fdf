package org.disclose.check;

import org.disclose.diag.Diagnostics;
import org.disclose.model.Change;
import org.disclose.model.Content;
import org.disclose.model.Release;

/** A release cannot be updated, or changed, before it was published. */
public final class ReleaseDatesCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Release r : content.releases()) {
            if (r.date() == null) {
                continue;
            }
            if (r.updated() != null && r.updated().isBefore(r.date())) {
                diagnostics.error(r.where().of(r.where().fields().containsKey("updated") ? "updated" : "changes"),
                        "updated " + r.updated().display() + " is earlier than the publication date "
                                + r.date().display() + ": an update comes after publication");
            }
            for (Change c : r.changes()) {
                if (c.date().isBefore(r.date())) {
                    diagnostics.error(r.where().of("changes"), "change of " + c.date().display()
                            + " is earlier than the publication date " + r.date().display());
                }
            }
        }
    }
}
