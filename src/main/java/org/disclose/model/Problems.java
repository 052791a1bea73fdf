package org.disclose.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tasks grouped into the problems their ids number ({@link ProblemNumber}): {@code 12} and {@code 12-1} … {@code 12-k}
 * are problem 12. Task ids are unique across the site, and so are problem numbers: problem 12 is one problem, of one
 * round. A task whose id has no problem number is in none.
 */
public final class Problems {

    private final Map<Integer, Problem> byNumber;

    private Problems(Map<Integer, Problem> byNumber) {
        this.byNumber = byNumber;
    }

    /** The problems of {@code tasks}, withdrawn ones included (a problem's page lists only those that stand). */
    public static Problems of(Collection<Task> tasks) {
        Map<Integer, List<Task>> grouped = new TreeMap<>();
        for (Task t : tasks) {
            ProblemNumber.of(t.id()).ifPresent(n -> grouped.computeIfAbsent(n.problem(), k -> new ArrayList<>())
                    .add(t));
        }
        Map<Integer, Problem> problems = new TreeMap<>();
        grouped.forEach((n, list) -> {
            List<Task> ordered = new ArrayList<>(list);
            ordered.sort(Comparator.comparing(Task::id, ProblemNumber::compareIds));
            // the first in the order given (file order): the task the others are compared with
            Task first = list.get(0);
            problems.put(n, new Problem(n, first.round(), first.problem(), ordered));
        });
        return new Problems(problems);
    }

    /** Every problem, by number. */
    public List<Problem> all() {
        return List.copyOf(byNumber.values());
    }

    /** The problem a task belongs to, if its id numbers one. */
    public Optional<Problem> of(Task task) {
        return ProblemNumber.of(task.id()).map(n -> byNumber.get(n.problem()));
    }
}
