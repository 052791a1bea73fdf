package org.disclose.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How to build: the site root (holding {@code content/} and {@code themes/}), the output folder, and the switches of
 * {@code disclose build}.
 *
 * @param today  the day the build is for: content dated after it is left out unless {@code future}. It only decides
 *               what is published; no page ever shows it.
 * @param write  false for {@code disclose check}: everything is built and checked, nothing is written
 * @param freshnessOn the day to measure the columns' freshness against ({@code disclose check --freshness}), or null
 */
public record BuildOptions(Path root, Path output, boolean drafts, boolean future, String baseUrl, boolean strict,
                           LocalDate today, boolean write, LocalDate freshnessOn) {

    /** Government sites publish on Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static BuildOptions defaults(Path root) {
        return new BuildOptions(root, root.resolve("site"), false, false, null, false, LocalDate.now(ZONE), true,
                null);
    }

    public BuildOptions withOutput(Path out) {
        return new BuildOptions(root, out, drafts, future, baseUrl, strict, today, write, freshnessOn);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(root, output, d, future, baseUrl, strict, today, write, freshnessOn);
    }

    public BuildOptions withFuture(boolean f) {
        return new BuildOptions(root, output, drafts, f, baseUrl, strict, today, write, freshnessOn);
    }

    public BuildOptions withToday(LocalDate day) {
        return new BuildOptions(root, output, drafts, future, baseUrl, strict, day, write, freshnessOn);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(root, output, drafts, future, url, strict, today, write, freshnessOn);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(root, output, drafts, future, baseUrl, s, today, write, freshnessOn);
    }

    /** Also measures each column's freshness against {@code day} (a check's report; nothing is built differently). */
    public BuildOptions withFreshnessOn(LocalDate day) {
        return new BuildOptions(root, output, drafts, future, baseUrl, strict, today, write, day);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(root, output, drafts, future, baseUrl, strict, today, false, freshnessOn);
    }
}
