package org.disclose.render.view;

import java.util.List;

/**
 * The files published with a release, a case or a task (附件), in the order given: each a link with its format and
 * size in the theme's words. A page without attachments has none (null), so that the layout shows no heading.
 */
public record AttachmentsView(List<Item> items) {

    /** {@code path} is site-relative; {@code size} is {@code 12.5 KB}, its unit the theme's. */
    public record Item(String title, String path, String format, String size) {
    }
}
