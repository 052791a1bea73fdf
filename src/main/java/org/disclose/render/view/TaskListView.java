package org.disclose.render.view;

import java.util.List;

/** A page of a task table, with the facets that lead to the other task lists. */
public record TaskListView(String heading, List<TaskRow> rows, Pager pager, List<Facet> facets, boolean samples,
                           int total) {

    public boolean empty() {
        return rows.isEmpty();
    }
}
