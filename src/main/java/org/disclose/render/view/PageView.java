package org.disclose.render.view;

/** A standing page: its title, Markdown body and photos. */
public record PageView(String title, String summary, String bodyHtml, PhotosView photos) {
}
