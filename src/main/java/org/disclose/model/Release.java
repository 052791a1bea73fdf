package org.disclose.model;

import java.io.Serializable;
import java.util.List;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.FigureTable;

/**
 * A press release on rectification progress (整改进展情况), as published on the government website.
 *
 * @param round    the inspection round the release reports on, or null
 * @param history  publication date (always present for a release), updates, change notes, withdrawal
 * @param bodyHtml the rendered Markdown body, already sanitised
 * @param figures  the figures it declares ({@code figures:}; a closure notice's 58 parks = 12 national + 46
 *                 provincial), each for its round at its publication day unless it says otherwise
 * @param rules    the relations those figures declare
 * @param tables   the tables it prints ({@code tables:}), whose cells are among its figures
 * @param attachments the files it publishes with it (附件, {@code attachments:})
 * @param photos   its lead image, the photos its body shows and its before/after pairs
 * @param disclosure its government-information-disclosure facts (索引号, 发布机构, 成文日期 ...)
 */
public record Release(
        String slug,
        String title,
        String round,
        History history,
        String source,
        String summary,
        List<String> tags,
        boolean draft,
        String bodyHtml,
        Where where,
        List<Figure> figures,
        List<FigureRule> rules,
        List<FigureTable> tables,
        // attachments (附件): files of its own folder, published beside it
        List<Attachment> attachments,
        Photos photos,
        Disclosure disclosure) implements Serializable {

    public Release {
        attachments = List.copyOf(attachments);
        figures = List.copyOf(figures);
        rules = List.copyOf(rules);
        tables = List.copyOf(tables);
    }

    /** Its page's site path, under which the publication record knows it. */
    public String path() {
        return "releases/" + slug + "/";
    }

    public Release withDisclosure(Disclosure d) {
        return new Release(slug, title, round, history, source, summary, tags, draft, bodyHtml, where, figures,
                rules, tables, attachments, photos, d);
    }

    public ContentDate date() {
        return history.published();
    }

    /** The date that orders the feed: last update, else publication. */
    public ContentDate lastModified() {
        return history.lastModified();
    }

    public boolean withdrawn() {
        return history.isWithdrawn();
    }
}
