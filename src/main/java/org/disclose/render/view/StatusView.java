package org.disclose.render.view;

import org.disclose.model.CaseStatus;
import org.disclose.model.TaskStatus;

/** A status as shown: always its words; {@code key} only adds a colour class on top (never colour alone). */
public record StatusView(String label, String key) {

    public static StatusView of(TaskStatus s) {
        return s == null ? null : new StatusView(s.label(), s.key());
    }

    public static StatusView of(CaseStatus s) {
        return s == null ? null : new StatusView(s.label(), s.key());
    }
}
