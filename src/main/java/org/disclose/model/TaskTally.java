package org.disclose.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tasks counted by status: how many there are, how many are done or basically done ({@link TaskStatus#isDone()}),
 * each one's share, and the latest date their records speak of. What a page shows of a set of tasks, decided once.
 */
public final class TaskTally {

    private final Map<TaskStatus, Integer> counts;
    private final int total;
    private final ContentDate latestUpdate;
    private final boolean samples;

    private TaskTally(Map<TaskStatus, Integer> counts, int total, ContentDate latestUpdate, boolean samples) {
        this.counts = counts;
        this.total = total;
        this.latestUpdate = latestUpdate;
        this.samples = samples;
    }

    public static TaskTally of(Collection<Task> tasks) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        ContentDate latest = null;
        boolean samples = false;
        for (Task t : tasks) {
            counts.merge(t.status(), 1, Integer::sum);
            ContentDate d = t.lastUpdate().orElse(null);
            if (d != null && (latest == null || latest.isBefore(d))) {
                latest = d;
            }
            samples |= t.sample();
        }
        return new TaskTally(counts, tasks.size(), latest, samples);
    }

    public int total() {
        return total;
    }

    /** The tasks with status {@code s}. */
    public int count(TaskStatus s) {
        return counts.getOrDefault(s, 0);
    }

    /** The tasks with a status before {@code s} in {@link TaskStatus}'s order, from most to least advanced. */
    public int countBefore(TaskStatus s) {
        int n = 0;
        for (TaskStatus before : TaskStatus.values()) {
            if (before == s) {
                break;
            }
            n += count(before);
        }
        return n;
    }

    /** The tasks done or basically done (已完成, 基本完成, 已销号). */
    public int done() {
        int n = 0;
        for (TaskStatus s : TaskStatus.values()) {
            if (s.isDone()) {
                n += count(s);
            }
        }
        return n;
    }

    public Share share(TaskStatus s) {
        return new Share(count(s), total);
    }

    public Share doneShare() {
        return new Share(done(), total);
    }

    /** The latest date any of the tasks' records speaks of; the first of equal ones. */
    public Optional<ContentDate> latestUpdate() {
        return Optional.ofNullable(latestUpdate);
    }

    /** True when any of the tasks is a sample (示例). */
    public boolean samples() {
        return samples;
    }
}
