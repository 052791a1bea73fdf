package org.disclose.render.view;

import java.util.List;
import java.util.function.Function;
import org.disclose.model.Release;

/** A release page: the article with its publication facts (发布时间, 来源), tags and change history. */
public record ReleaseView(
        String title,
        HistoryView history,
        String source,
        String summary,
        List<PathLink> tags,
        String bodyHtml,
        DeclaredFiguresView declaredFigures,
        AttachmentsView attachments,
        DisclosureView disclosure,
        PhotosView photos) {

    public boolean hasTags() {
        return !tags.isEmpty();
    }

    /**
     * @param tagPath where each tag's list of releases is
     * @param figures the table of its declared figures, or null when it declares none
     */
    public static ReleaseView of(Release r, Function<String, String> tagPath, DeclaredFiguresView figures,
                                 AttachmentsView attachments, PhotosView photos) {
        return new ReleaseView(r.title(), HistoryView.of(r.history()), r.source(), r.summary(),
                r.tags().stream().map(tag -> new PathLink(tag, tagPath.apply(tag))).toList(), r.bodyHtml(), figures,
                attachments, DisclosureView.of(r), photos);
    }

    public static ReleaseCard card(Release r, String path) {
        return new ReleaseCard(r.title(), path, r.date().display(), r.date().iso(), r.source(), r.summary());
    }
}
