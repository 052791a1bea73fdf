package org.disclose.render.view;

/** A link by site-relative path ({@code releases/a/}), independent of the page it appears on. */
public record PathLink(String title, String path) {
}
