package org.disclose.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.ProblemNumber;
import org.disclose.model.Task;

/**
 * The tasks one problem is split into ({@link ProblemNumber}: 12, 12-1 … 12-k) answer one round's feedback, word the
 * problem alike, and either split it or not: each later task is compared with the first of its problem, in file
 * order. A different round is an error, once for each other round (problem numbers, like task ids, are unique across
 * the site, so problem 12 cannot be two rounds' problems); different words are a warning, as the site shows the first
 * task's; a task numbered 12 beside tasks numbered 12-k is a warning too, as it says the problem is a single task.
 */
public final class ProblemNumbersCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        Map<Integer, Task> first = new HashMap<>();
        Map<Integer, Task> whole = new HashMap<>();
        Map<Integer, Task> part = new HashMap<>();
        Set<Integer> warned = new HashSet<>();
        Set<String> otherRound = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Task task : content.tasks()) {
            ProblemNumber n = ProblemNumber.of(task.id()).orElse(null);
            // a second task of one id is an error of its own (UniqueIdsCheck), not another task of the problem
            if (n == null || !ids.add(task.id())) {
                continue;
            }
            Task earlier = first.putIfAbsent(n.problem(), task);
            // another round is reported once, at the first of its tasks
            if (earlier != null && (sameRound(task, earlier) || otherRound.add(n.problem() + "/" + task.round()))) {
                compare(task, earlier, n, diagnostics);
            }
            Task other = (n.isPart() ? whole : part).get(n.problem());
            if (other != null && warned.add(n.problem())) {
                Task single = n.isPart() ? other : task;
                Task split = n.isPart() ? task : other;
                diagnostics.warning(task.where().of("id"), "task '" + single.id() + "' numbers problem "
                        + n.problem() + " as a single task, but task '" + split.id() + "' numbers it as split into "
                        + "tasks (see " + other.where().of("id") + "): number every task of problem " + n.problem()
                        + " as " + n.problem() + "-k");
            }
            (n.isPart() ? part : whole).putIfAbsent(n.problem(), task);
        }
    }

    private static boolean sameRound(Task a, Task b) {
        return a.round() == null || b.round() == null || a.round().equals(b.round());
    }

    private static void compare(Task task, Task earlier, ProblemNumber n, Diagnostics diagnostics) {
        if (!sameRound(task, earlier)) {
            diagnostics.error(task.where().of("round"), "task '" + task.id() + "' is of problem " + n.problem()
                    + " and round '" + task.round() + "', but task '" + earlier.id() + "' of problem " + n.problem()
                    + " at " + earlier.where().of("round") + " is of round '" + earlier.round()
                    + "': the tasks of one problem answer one round's feedback, and problem numbers are unique across "
                    + "the site as task ids are; correct the round, or number the task without a problem number");
        } else if (task.problem() != null && earlier.problem() != null && !task.problem().equals(earlier.problem())) {
            diagnostics.warning(task.where().of("problem"), "task '" + task.id() + "' words problem " + n.problem()
                    + " differently from task '" + earlier.id() + "' at " + earlier.where().of("problem")
                    + ": the tasks of one problem share the problem as fed back, and its page shows the words of task '"
                    + earlier.id() + "'; write the same text");
        }
    }
}
