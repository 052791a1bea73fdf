package org.disclose.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code disclose build}: renders content/ through the theme into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Render content/ through the theme into the output folder (default: site/).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Override
    public Integer call() {
        Path out = site.out();
        if (site.siteRoot().startsWith(out)) {
            System.err.println("error: the output folder " + out + " would contain the site's own content: "
                    + "choose another --output");
            return 2;
        }
        BuildProgress progress = Progress.start(site.quiet);
        BuildResult result = Build.run(site.toBuildOptions(), progress);
        Progress.finish(progress);
        return report(result, displayPath(out), site.quiet ? null : "Built %1$d pages (%6$d rendered, %2$d files, %5$d unchanged) into %3$s in %4$.2f s.%n",
                System.out, System.err);
    }

    /** Prints every diagnostic, then one summary line; returns the exit status. */
    static int report(BuildResult result, String where, String success, PrintStream stdout, PrintStream stderr) {
        for (Diagnostic d : result.diagnostics()) {
            stderr.println(d);
        }
        if (!result.ok()) {
            stderr.printf(Locale.ROOT, "Build failed: %d error%s; %s left unchanged.%n", result.errors(),
                    result.errors() == 1 ? "" : "s", where);
            return 1;
        }
        if (success == null) {
            return 0;
        }
        if (result.upToDate()) {
            stdout.printf(Locale.ROOT, "Up to date: no content or theme file changed since %s was built (%.2f s).%n",
                    where, result.millis() / 1000.0);
            return 0;
        }
        stdout.printf(Locale.ROOT, success, result.pages(), result.files(), where, result.millis() / 1000.0,
                result.unchanged(), result.rendered());
        return 0;
    }

    static String displayPath(Path out) {
        Path cwd = Path.of("").toAbsolutePath();
        return out.startsWith(cwd) && !out.equals(cwd) ? cwd.relativize(out) + "/" : out + "/";
    }
}
