package org.disclose.render.view;

import java.util.List;
import org.disclose.model.ContentDate;
import org.disclose.model.History;

/**
 * 发布时间, 更新时间 and the dated change notes of an item (as GOV.UK's "last updated / see all updates"), and the
 * notice shown instead of the item's place in lists when it was withdrawn.
 */
public record HistoryView(String published, String publishedIso, String updated, String updatedIso,
                          List<ChangeNote> changes, Withdrawn withdrawn) {

    public record ChangeNote(String date, String dateIso, String note) {
    }

    public record Withdrawn(String date, String dateIso, String reason) {
    }

    public static HistoryView of(History h) {
        return new HistoryView(display(h.published()), iso(h.published()), display(h.updated()), iso(h.updated()),
                h.changes().stream().map(c -> new ChangeNote(c.date().display(), c.date().iso(), c.note())).toList(),
                h.withdrawn() == null ? null : new Withdrawn(h.withdrawn().date().display(),
                        h.withdrawn().date().iso(), h.withdrawn().reason()));
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** Whether there is anything to show at all. */
    public boolean any() {
        return published != null || updated != null || withdrawn != null;
    }

    private static String display(ContentDate d) {
        return d == null ? null : d.display();
    }

    private static String iso(ContentDate d) {
        return d == null ? null : d.iso();
    }
}
