package org.disclose.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.disclose.model.Content;

/**
 * How long each stage of a build took, for {@code --timings} and the benchmark. Wall-clock time is printed, never
 * published.
 */
final class Stages {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final BuildProgress progress;
    private long mark = System.nanoTime();
    /** The stage under way: the one after the last that finished, for a message about a build that failed in it. */
    private volatile String current = "read";

    Stages(BuildProgress progress) {
        this.progress = progress;
    }

    void done(String stage) {
        done(stage, "");
    }

    /** Ends a stage; {@code counts} says what it handled, for the progress display. */
    void done(String stage, String counts) {
        long now = System.nanoTime();
        long ms = (now - mark) / 1_000_000;
        millis.merge(stage, ms, Long::sum);
        mark = now;
        current = switch (stage) {
            case "read" -> "check";
            case "check" -> "generate";
            case "generate" -> "derive";
            case "derive" -> "render";
            default -> "write";
        };
        progress.stageDone(stage, counts, ms);
    }

    /** The stage under way, as a message names it: {@code running the derive stage}. */
    String current() {
        return "running the " + current + " stage";
    }

    /** What was read, for the progress display: {@code 10,000 releases, 2 pages, 200 tasks}. */
    static String counts(Content c) {
        StringBuilder s = new StringBuilder();
        int complaints = c.complaints().stream().mapToInt(b -> b.cases().size()).sum();
        Object[][] parts = {{c.releases().size(), "release"}, {c.pages().size(), "page"}, {c.rounds().size(), "round"},
            {c.tasks().size(), "task"}, {c.cases().size(), "case"}, {c.indicators().size(), "indicator"},
            {complaints, "complaint case"}};
        for (Object[] p : parts) {
            int n = (Integer) p[0];
            if (n > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s%s", n, p[1],
                        n == 1 ? "" : "s"));
            }
        }
        return s.toString();
    }

    String summary() {
        StringBuilder s = new StringBuilder();
        millis.forEach((stage, ms) -> s.append(s.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %d ms", stage, ms)));
        return s.toString();
    }
}
