package org.disclose.build;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How long each stage of a build took, for {@code --timings} and the benchmark. Wall-clock time is printed, never
 * published.
 */
final class Stages {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    void done(String stage) {
        long now = System.nanoTime();
        millis.merge(stage, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    String summary() {
        StringBuilder s = new StringBuilder();
        millis.forEach((stage, ms) -> s.append(s.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %d ms", stage, ms)));
        return s.toString();
    }
}
