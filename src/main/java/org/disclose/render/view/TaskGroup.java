package org.disclose.render.view;

import java.util.List;

/**
 * Rows of a task table that belong together: the tasks of one problem split into tasks (问题12, its text and a link
 * to its page), or a run of tasks that are not (no heading).
 *
 * @param title   问题12, or null for tasks outside a split problem
 * @param problem the problem as fed back, or null
 * @param path    the problem's page, or null
 */
public record TaskGroup(String title, String problem, String path, List<TaskRow> rows) {
}
