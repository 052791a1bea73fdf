package org.disclose.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.disclose.model.Freshness;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.render.SiteAddresses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code disclose check}: builds in memory and verifies every link, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Build the site in memory and check content, figures and every internal link; write nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--freshness", description = "Also report columns not updated within the inspection windows "
            + "(2 weeks for releases and the home page, 6 months for other lists), against today; with --strict a "
            + "stale column fails the check.")
    boolean freshness;

    @Option(names = "--today", paramLabel = "DATE", description = "The day --freshness measures against "
            + "(default: today in Beijing time).")
    LocalDate today;

    @Override
    public Integer call() {
        BuildProgress progress = Progress.start(site.quiet);
        BuildOptions options = site.toBuildOptions().checkOnly();
        LocalDate day = today != null ? today : LocalDate.now(BuildOptions.ZONE); // a report on today, not a build
        if (freshness) {
            options = options.withFreshnessOn(day);
        }
        BuildResult result = Build.run(options, progress);
        Progress.finish(progress);
        int status = BuildCommand.report(result, BuildCommand.displayPath(site.out()), site.quiet ? null
                : "Checked %d pages (%d files) in %4$.2f s: no errors; nothing was written to %3$s.%n",
                System.out, System.err);
        if (!freshness || !result.ok()) {
            return status;
        }
        long stale = report(result.freshness(), day, System.out);
        return stale > 0 && site.strict ? 1 : status;
    }

    /** The freshness report, a line a column; returns how many are stale. */
    static long report(List<Freshness.ColumnAge> ages, LocalDate day, PrintStream out) {
        out.printf(Locale.ROOT, "Freshness on %s (inspection windows: 2 weeks for the home page and releases/, "
                + "6 months for other columns):%n", day);
        for (Freshness.ColumnAge a : ages) {
            String window = a.window().toTotalMonths() > 0 ? a.window().toTotalMonths() + " months"
                    : a.window().getDays() + " days";
            String column = a.column() == null ? "home page" : SiteAddresses.column(a.column());
            if (a.newest() == null) {
                out.printf(Locale.ROOT, "  %-5s  %-16s no item gives a date, so its age is not known (window %s)%n",
                        "?", column, window);
            } else {
                out.printf(Locale.ROOT, "  %-5s  %-16s newest %s, %d days ago (window %s)%n",
                        a.stale() ? "STALE" : "ok", column, a.newest(), ChronoUnit.DAYS.between(a.newest(), day),
                        window);
            }
        }
        long stale = Freshness.stale(ages);
        out.printf(Locale.ROOT, stale == 0 ? "Every column is within its window.%n"
                : "%d of %d columns are stale: publish what is new, or say in the column why nothing is.%n",
                stale, ages.size());
        return stale;
    }
}
