package org.disclose.model;

import java.util.List;

/**
 * A press release on rectification progress (整改进展情况), as published on the government website.
 *
 * @param round the inspection round the release reports on, or null
 * @param updated the latest update, or null if the release was never changed after publication
 * @param bodyHtml the rendered Markdown body, already sanitised
 */
public record Release(
        String slug,
        String title,
        String round,
        ContentDate date,
        ContentDate updated,
        String source,
        String summary,
        List<String> tags,
        boolean draft,
        List<Change> changes,
        String bodyHtml,
        Where where) {

    /** The date that orders releases and dates the feed entry: last update, else publication. */
    public ContentDate lastModified() {
        return updated != null ? updated : date;
    }
}
