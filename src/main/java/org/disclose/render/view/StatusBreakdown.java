package org.disclose.render.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disclose.model.ContentDate;
import org.disclose.model.Task;
import org.disclose.model.TaskStatus;

/**
 * Tasks counted by status, with the geometry of a stacked bar (x and width on a 0–1000 scale) so that the template
 * only draws it; the figures themselves are always printed beside it as text.
 *
 * @param asOf    the latest progress date among the tasks counted
 * @param path    the list of these tasks
 * @param csvPath the open-data table of all tasks
 */
public record StatusBreakdown(int total, int done, String donePercent, List<Part> parts, String asOf,
                              String asOfIso, boolean samples, String path,
                              String csvPath) {

    public record Part(String label, String key, int count, String percent, String path, int x, int width) {
    }

    /** @param statusPaths where the list of tasks with each status is */
    public static StatusBreakdown of(List<Task> tasks, String listPath, Function<TaskStatus, String> statusPaths,
                                     String csvPath) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        ContentDate latest = null;
        for (Task t : tasks) {
            counts.merge(t.status(), 1, Integer::sum);
            ContentDate d = t.lastUpdate().orElse(null);
            if (d != null && (latest == null || latest.isBefore(d))) {
                latest = d;
            }
        }
        int total = tasks.size();
        List<Part> parts = new ArrayList<>();
        int x = 0;
        int done = 0;
        for (TaskStatus s : TaskStatus.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n == 0) {
                continue;
            }
            if (s.isDone()) {
                done += n;
            }
            int end = (int) Math.round(1000.0 * (countBefore(counts, s) + n) / total);
            parts.add(new Part(s.label(), s.key(), n, percent(n, total), statusPaths.apply(s), x, end - x));
            x = end;
        }
        return new StatusBreakdown(total, done, percent(done, total), List.copyOf(parts),
                latest == null ? null : latest.display(), latest == null ? null : latest.iso(),
                tasks.stream().anyMatch(Task::sample), listPath, csvPath);
    }

    private static int countBefore(Map<TaskStatus, Integer> counts, TaskStatus upTo) {
        int n = 0;
        for (TaskStatus s : TaskStatus.values()) {
            if (s == upTo) {
                break;
            }
            n += counts.getOrDefault(s, 0);
        }
        return n;
    }

    /** A share as a percentage with one decimal, e.g. {@code 81.3}. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "0";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
