package org.disclose.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.PartialDate;

/**
 * A typical case (典型案例) the inspectors made public, and how its rectification stands.
 *
 * @param tasks      the ids of the rectification tasks the case belongs to
 * @param tasksWhere where each id of {@code tasks} was written, by id, so that an unknown one is reported at itself
 * @param keyFigures its key figures in the form without keys ({@code {label: 投入资金, value: 4141, unit: 万元}}):
 *                   custom figures keyed by their position ({@code figure-1}), which no relation names
 * @param figures    its figures with keys, which relations may name (paid 120 of a 4000 万元 fund = 3.0%)
 * @param rules      the relations those figures declare
 * @param tables     the tables it prints ({@code tables:}), whose cells are among its figures
 * @param images     its gallery ({@code images:}, paths relative to content/cases/), published under
 *                   {@code cases/<slug>/images/}
 * @param attachments the files it publishes with it (附件), from {@code content/cases/<name>/}
 * @param photos     its lead image, the photos its body shows and its before/after pairs, from its own folder
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
        List<Figure> keyFigures,
        List<Figure> figures,
        List<FigureRule> rules,
        List<FigureTable> tables,
        List<Milestone> milestones,
        List<Photo> images,
        String bodyHtml,
        History history,
        Where where,
        List<Attachment> attachments,
        Photos photos) implements Serializable {

    public boolean withdrawn() {
        return history.isWithdrawn();
    }

    /** Its page's site path, under which the publication record knows it. */
    public String path() {
        return "cases/" + slug + "/";
    }

    /** Every figure the case declares, in either form. */
    public List<Figure> declaredFigures() {
        List<Figure> all = new ArrayList<>(keyFigures);
        all.addAll(figures);
        return all;
    }

    /** A step of the rectification, dated at the precision the source gives (2023-09-30, 2023-09 or 2023). */
    public record Milestone(PartialDate date, String text) implements Serializable {
    }
}
