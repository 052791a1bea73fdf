package org.disclose.render.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disclose.model.ContentDate;
import org.disclose.model.Share;
import org.disclose.model.TaskStatus;
import org.disclose.model.TaskTally;

/**
 * Tasks counted by status ({@link TaskTally}, which decides the figures), with the geometry of a stacked bar (x and
 * width on a 0–1000 scale) so that the template only draws it; the figures themselves are always printed beside it as
 * text.
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

    /** The precision a share is printed with here (81.3). */
    private static final int PERCENT_SCALE = 1;

    /** @param statusPaths where the list of tasks with each status is */
    public static StatusBreakdown of(TaskTally tally, String listPath, Function<TaskStatus, String> statusPaths,
                                     String csvPath) {
        int total = tally.total();
        List<Part> parts = new ArrayList<>();
        int x = 0;
        for (TaskStatus s : TaskStatus.values()) {
            int n = tally.count(s);
            if (n == 0) {
                continue;
            }
            int end = (int) Math.round(1000.0 * (tally.countBefore(s) + n) / total);
            parts.add(new Part(s.label(), s.key(), n, percent(tally.share(s)), statusPaths.apply(s), x, end - x));
            x = end;
        }
        ContentDate latest = tally.latestUpdate().orElse(null);
        return new StatusBreakdown(total, tally.done(), percent(tally.doneShare()), List.copyOf(parts),
                latest == null ? null : latest.display(), latest == null ? null : latest.iso(),
                tally.samples(), listPath, csvPath);
    }

    /** A share as a percentage with one decimal, no trailing zeros: {@code 81.3}, {@code 100}; 0 of nothing is 0. */
    public static String percent(Share share) {
        return share.percent(PERCENT_SCALE).map(p -> p.stripTrailingZeros().toPlainString()).orElse("0");
    }
}
