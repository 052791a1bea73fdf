package org.disclose.render.view;

import java.util.List;
import org.disclose.model.Change;
import org.disclose.model.Release;

/** A release page: the article with its publication facts (发布时间, 来源) and change history. */
public record ReleaseView(
        String title,
        String date,
        String dateIso,
        String updated,
        String updatedIso,
        String source,
        String summary,
        List<String> tags,
        List<ChangeNote> changes,
        String bodyHtml) {

    public record ChangeNote(String date, String dateIso, String note) {
        static ChangeNote of(Change c) {
            return new ChangeNote(c.date().display(), c.date().iso(), c.note());
        }
    }

    public boolean hasTags() {
        return !tags.isEmpty();
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public static ReleaseView of(Release r) {
        return new ReleaseView(r.title(), r.date().display(), r.date().iso(),
                r.updated() == null ? null : r.updated().display(),
                r.updated() == null ? null : r.updated().iso(),
                r.source(), r.summary(), r.tags(),
                r.changes().stream().map(ChangeNote::of).toList(), r.bodyHtml());
    }

    public static ReleaseCard card(Release r, String path) {
        return new ReleaseCard(r.title(), path, r.date().display(), r.date().iso(), r.source(), r.summary());
    }
}
