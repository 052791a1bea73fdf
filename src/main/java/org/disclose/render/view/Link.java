package org.disclose.render.view;

/**
 * A link as a template shows it on one page. {@code current} is the aria-current value: {@code page} for the page
 * being viewed, {@code true} for the section it is in, null otherwise.
 */
public record Link(String title, String href, String current) {
}
