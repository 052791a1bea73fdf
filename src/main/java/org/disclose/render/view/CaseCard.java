package org.disclose.render.view;

/** A typical case as listed. */
public record CaseCard(String title, String path, String region, StatusView status, String summary) {
}
