package org.disclose.render.view;

/** A release as listed: title, site-relative path, date and summary; templates link it as {@code {{root}}{{path}}}. */
public record ReleaseCard(String title, String path, String date, String dateIso, String source, String summary) {
}
