package org.disclose.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A problem the inspectors fed back (问题N) with the tasks that answer it, as their ids number them
 * ({@link ProblemNumber}). A problem is done when every task of it that stands (not withdrawn) is done or basically
 * done ({@link TaskStatus#isDone()}), and it is done on the day the last of them was first recorded done.
 *
 * @param number the problem's number N
 * @param round  the round whose feedback it is: its first task's in file order (a check requires every task's to be
 *               the same)
 * @param text   督察反馈问题, as its first task in file order words it (a check warns where the others word it
 *               otherwise)
 * @param tasks  every task of the problem, withdrawn ones too, in task number order
 */
public record Problem(int number, String round, String text, List<Task> tasks) implements Serializable {

    public Problem {
        tasks = List.copyOf(tasks);
    }

    /** The tasks that stand: those lists and counts show. */
    public List<Task> current() {
        return tasks.stream().filter(t -> !t.withdrawn()).toList();
    }

    /** True when the problem was split into tasks numbered {@code N-k}, which then have a page of their own. */
    public boolean split() {
        return tasks.stream().anyMatch(t -> ProblemNumber.of(t.id()).map(ProblemNumber::isPart).orElse(false));
    }

    /** Done: every task that stands is done or basically done, and at least one stands. */
    public boolean done() {
        List<Task> current = current();
        return !current.isEmpty() && current.stream().allMatch(t -> t.status().isDone());
    }

    /** Done on {@code date}: every task that stands was done or basically done then, by its progress log. */
    public boolean doneOn(ContentDate date) {
        List<Task> current = current();
        return !current.isEmpty() && current.stream()
                .allMatch(t -> t.statusOn(date).map(TaskStatus::isDone).orElse(false));
    }

    /**
     * The day the problem was done: the latest of its tasks' first days done. Empty while not done, or when a task's
     * record says done without saying when (the day cannot be told).
     */
    public Optional<ContentDate> doneDate() {
        if (!done()) {
            return Optional.empty();
        }
        ContentDate latest = null;
        for (Task t : current()) {
            Optional<ContentDate> d = t.completedOn();
            if (d.isEmpty()) {
                return Optional.empty();
            }
            if (latest == null || latest.isBefore(d.get())) {
                latest = d.get();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether any task of the problem is a sample (示例). */
    public boolean sample() {
        return tasks.stream().anyMatch(Task::sample);
    }
}
