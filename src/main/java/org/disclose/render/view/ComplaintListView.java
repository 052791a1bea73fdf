package org.disclose.render.view;

import java.util.List;

/** One page of a complaint table (a batch or a region). */
public record ComplaintListView(String heading, String intro, List<ComplaintRow> rows, Pager pager, boolean samples,
                                int total) {

    public boolean empty() {
        return rows.isEmpty();
    }
}
