package org.disclose.check;

import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;
import org.disclose.model.Task;
import org.disclose.model.TaskStatus;
import org.disclose.model.figure.StandardFigure;

/**
 * The number of tasks a report declares done (and in total) must match the task records of the round, counted with
 * each task's status on the report's date — where the round has task records at all. A month or year as-of date
 * counts at its last day (as of 2023-04 is as of 2023-04-30), as {@link RoundReport#asOf()} gives it.
 */
public final class DeclaredTaskCountCheck implements Check {

    @Override
    public boolean needsEveryRecord() {
        return true;
    }

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Round round : content.rounds()) {
            // a withdrawn task no longer stands, and is not counted
            List<Task> tasks = content.tasks().stream()
                    .filter(t -> round.id().equals(t.round()) && !t.withdrawn()).toList();
            if (tasks.isEmpty()) {
                continue;
            }
            for (RoundReport report : round.reports()) {
                // a figure the report gives both as a field and in figures: is compared once
                long done = tasks.stream()
                        .filter(t -> t.statusOn(report.asOf()).map(TaskStatus::isDone).orElse(false)).count();
                report.stated(StandardFigure.TASKS_DONE, round.id()).filter(f -> !f.admits(done))
                        .ifPresent(f -> diagnostics.error(f.pos(), "tasksDone is "
                                + DeclaredComplaintTotalsCheck.printed(f) + " as of " + report.asOfDate().asOfText()
                                + ", but " + done + " task records of round '" + round.id() + "' are 已完成, 基本完成 "
                                + "or 已销号 on that date: correct the figure or the tasks' progress"));
                report.stated(StandardFigure.TASKS_TOTAL, round.id()).filter(f -> !f.admits(tasks.size()))
                        .ifPresent(f -> diagnostics.error(f.pos(), "tasksTotal is "
                                + DeclaredComplaintTotalsCheck.printed(f) + ", but round '" + round.id() + "' has "
                                + tasks.size() + " task records"));
            }
        }
    }
}
