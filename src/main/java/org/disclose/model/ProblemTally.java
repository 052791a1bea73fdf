package org.disclose.model;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tasks counted at the level of the problems they answer (反馈问题N个，已完成整改X个), beside {@link TaskTally}'s
 * count of the tasks themselves. Problems can be counted only when every task counted has a problem number: a task
 * numbered otherwise answers a problem no record names, and no count of problems that leaves it out, or guesses, would
 * be true. Withdrawn tasks are not counted, as everywhere.
 *
 * @param total problems with at least one task that stands
 * @param done  of those, problems every standing task of which is done or basically done
 * @param split true when any of them is split into tasks numbered {@code N-k}, so that the two levels differ in kind
 */
public record ProblemTally(int total, int done, boolean split) implements Serializable {

    /** The problems of {@code tasks} as they stand now; empty when a task that stands has no problem number. */
    public static Optional<ProblemTally> of(Collection<Task> tasks) {
        return count(tasks, Problem::done);
    }

    /** The problems of {@code tasks} as their progress logs have them on {@code date}; empty as for {@link #of}. */
    public static Optional<ProblemTally> on(Collection<Task> tasks, ContentDate date) {
        return count(tasks, p -> p.doneOn(date));
    }

    private static Optional<ProblemTally> count(Collection<Task> tasks, Predicate<Problem> done) {
        List<Task> standing = tasks.stream().filter(t -> !t.withdrawn()).toList();
        if (standing.isEmpty() || standing.stream().anyMatch(t -> ProblemNumber.of(t.id()).isEmpty())) {
            return Optional.empty();
        }
        List<Problem> problems = Problems.of(standing).all();
        return Optional.of(new ProblemTally(problems.size(), (int) problems.stream().filter(done).count(),
                problems.stream().anyMatch(Problem::split)));
    }
}
