package org.disclose.render.view;

/** A standing page: its title and Markdown body. */
public record PageView(String title, String summary, String bodyHtml) {
}
