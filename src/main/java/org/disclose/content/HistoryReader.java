package org.disclose.content;

import org.disclose.text.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclose.model.Change;
import org.disclose.model.ContentDate;
import org.disclose.model.History;

/**
 * The fields every published item may carry about its history — {@code date}, {@code updated}, {@code changes}
 * (date + note) and {@code withdrawn} (date + reason) — read the same way for releases, tasks and cases.
 */
final class HistoryReader {

    private HistoryReader() {
    }

    static History read(Fields f, boolean dateRequired) {
        ContentDate date = f.date("date", dateRequired);
        ContentDate updated = f.date("updated", false);
        List<Change> changes = new ArrayList<>();
        for (Fields c : f.list("changes", "a change")) {
            ContentDate changeDate = c.date("date", true);
            String note = c.requireString("note");
            c.reportUnknown();
            if (changeDate != null && note != null) {
                changes.add(new Change(changeDate, note, c.where().of("date")));
            }
        }
        changes.sort(Comparator.comparing(Change::date).reversed());
        if (updated == null && !changes.isEmpty()) {
            updated = changes.get(0).date();
        }
        History.Withdrawal withdrawn = f.mapping("withdrawn", "the withdrawal (撤回)").map(w -> {
            History.Withdrawal result = new History.Withdrawal(w.date("date", true), w.requireString("reason"));
            w.reportUnknown();
            return result;
        }).filter(w -> w.date() != null && w.reason() != null).orElse(null);
        return new History(date, updated, List.copyOf(changes), withdrawn, f.where());
    }
}
