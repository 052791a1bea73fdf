package org.disclose.render.view;

import java.util.List;

/** A typical case's page: its facts, key figures, milestones, images and the tasks it relates to. */
public record CaseView(
        String title,
        String roundName,
        String roundPath,
        String region,
        StatusView status,
        String summary,
        List<Figure> figures,
        List<Milestone> milestones,
        List<PhotoView> images,
        List<PathLink> tasks,
        String bodyHtml,
        HistoryView history,
        DeclaredFiguresView declaredFigures,
        AttachmentsView attachments,
        PhotosView photos) {

    public record Figure(String label, String value, String unit) {
    }

    public record Milestone(String date, String dateIso, String text) {
    }

    public boolean hasFigures() {
        return !figures.isEmpty();
    }

    public boolean hasMilestones() {
        return !milestones.isEmpty();
    }

    public boolean hasImages() {
        return !images.isEmpty();
    }

    public boolean hasTasks() {
        return !tasks.isEmpty();
    }
}
