package org.disclose.render.view;

import java.util.List;

/**
 * A problem's own page: the problem as fed back, its round, whether it is done (每项任务均已完成 …, decided by the
 * model) and since when, and the table of its tasks.
 *
 * @param status   the theme's words for done or not done; null when none of its tasks stands (all withdrawn)
 * @param doneDate the day the last of its tasks was first recorded done, or null
 * @param counts   its tasks, and how many are done
 */
public record ProblemView(String title, String problem, String roundName, String roundPath, String status,
                          boolean done, String doneDate, String doneDateIso, List<TaskRow> rows, int tasks,
                          int tasksDone, boolean samples) {

    public boolean empty() {
        return rows.isEmpty();
    }
}
