package org.disclose.cli;

import java.util.concurrent.Callable;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code disclose check}: builds in memory and verifies every link, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Build the site in memory and check content, figures and every internal link; write nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Override
    public Integer call() {
        BuildProgress progress = Progress.start(site.quiet);
        BuildResult result = Build.run(site.toBuildOptions().checkOnly(), progress);
        Progress.finish(progress);
        return BuildCommand.report(result, BuildCommand.displayPath(site.out()), site.quiet ? null : "Checked %d pages (%d files) in %4$.2f s: no errors; "
                        + "nothing was written to %3$s.%n", System.out, System.err);
    }
}
