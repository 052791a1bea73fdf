package org.disclose.model;

import java.math.BigDecimal;
import java.util.List;
import org.disclose.model.figure.PartialDate;

/**
 * A typical case (典型案例) the inspectors made public, and how its rectification stands.
 *
 * @param tasks      the ids of the rectification tasks the case belongs to
 * @param tasksWhere where each id of {@code tasks} was written, by id, so that an unknown one is reported at itself
 */
public record TypicalCase(
        String slug,
        String title,
        String round,
        String region,
        CaseStatus status,
        String summary,
        List<String> tasks,
        Where tasksWhere,
        List<KeyFigure> figures,
        List<Milestone> milestones,
        List<Image> images,
        String bodyHtml,
        History history,
        Where where) {

    public boolean withdrawn() {
        return history.isWithdrawn();
    }

    /** A key figure of the rectification, e.g. 投入资金 4141 万元; the value keeps the precision it was given with. */
    public record KeyFigure(String label, BigDecimal value, String unit) {
    }

    /** A step of the rectification, dated at the precision the source gives (2023-09-30, 2023-09 or 2023). */
    public record Milestone(PartialDate date, String text) {
    }

    /**
     * An image with its required text alternative; {@code path} is relative to content/cases/, and {@code file} is
     * the real path it is published from, checked to lie inside content/ when the case was read.
     */
    public record Image(String path, String alt, String caption, java.nio.file.Path file) {
    }
}
