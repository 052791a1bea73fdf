package org.disclose.render.view;

import java.util.List;

/**
 * One page of a complaint table (a batch or a region).
 *
 * @param bulletins the bulletins whose batches include this batch (none for a region)
 */
public record ComplaintListView(String heading, String intro, List<ComplaintRow> rows, Pager pager, boolean samples,
                                int total, List<PathLink> bulletins) {

    public boolean hasBulletins() {
        return !bulletins.isEmpty();
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
