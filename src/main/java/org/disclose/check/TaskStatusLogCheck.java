package org.disclose.check;

import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.ProgressEntry;
import org.disclose.model.Task;

/** A task's status is where its progress log ends: the two must agree. */
public final class TaskStatusLogCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Task t : content.tasks()) {
            if (t.progress().isEmpty()) {
                continue;
            }
            ProgressEntry last = t.progress().get(t.progress().size() - 1);
            if (last.status() != t.status()) {
                diagnostics.error(t.where().of("status"), "task '" + t.id() + "' has status " + t.status().label()
                        + ", but its last progress entry (" + last.date().display() + ", line "
                        + last.where().origin().line() + ") says " + last.status().label());
            }
        }
    }
}
