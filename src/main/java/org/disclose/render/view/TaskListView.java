package org.disclose.render.view;

import java.util.List;

/**
 * A page of a task table, with the facets that lead to the other task lists.
 *
 * @param groups   the page's rows, those of a problem split into tasks grouped under it
 * @param csvPath  the open-data table of all tasks
 * @param problems counts at the level of problems and of tasks, or null where the list does not hold whole problems
 *                 or none is split
 */
public record TaskListView(String heading, List<TaskGroup> groups, Pager pager, List<Facet> facets, boolean samples,
                           int total, String csvPath, ProblemCounts problems) {

    public boolean empty() {
        return groups.isEmpty();
    }

    /** Every row of the page, ungrouped: what a theme's own {@code task-list} layout written before groups reads. */
    public List<TaskRow> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
