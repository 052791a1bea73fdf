package org.disclose.render.view;

import java.util.List;

/** Pagination of a long list: numbered pages plus previous and next, as site-relative paths (null at the ends). */
public record Pager(int current, int total, String prev, String next, List<PageNumber> pages) {

    /** @param gapBefore some page numbers were skipped before this one (shown as an ellipsis) */
    public record PageNumber(int number, String path, boolean current, boolean gapBefore) {
    }

    /** Only lists of more than one page show a pager. */
    public boolean show() {
        return total > 1;
    }
}
