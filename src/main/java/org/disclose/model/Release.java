package org.disclose.model;

import java.util.List;

/**
 * A press release on rectification progress (整改进展情况), as published on the government website.
 *
 * @param round    the inspection round the release reports on, or null
 * @param history  publication date (always present for a release), updates, change notes, withdrawal
 * @param bodyHtml the rendered Markdown body, already sanitised
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
        Where where) {

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
