package org.disclose.render.view;

import java.util.List;

/**
 * A page of a task table, with the facets that lead to the other task lists.
 *
 * @param csvPath the open-data table of all tasks
 */
public record TaskListView(String heading, List<TaskRow> rows, Pager pager, List<Facet> facets, boolean samples,
                           int total, String csvPath) {

    public boolean empty() {
        return rows.isEmpty();
    }
}
