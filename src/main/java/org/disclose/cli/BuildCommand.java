package org.disclose.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.disclose.build.Build;
import org.disclose.build.BuildOptions;
import org.disclose.build.BuildResult;
import org.disclose.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code disclose build}: renders content/ through the theme into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Render content/ through the theme into the output folder (default: site/).")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--root", paramLabel = "DIR", description = "Site folder holding content/ and themes/ "
            + "(default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: ROOT/site).")
    Path output;

    @Option(names = "--drafts", description = "Include content marked draft: true.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "Override baseUrl from site.yaml, "
            + "e.g. https://www.example.gov.cn/zhenggai/.")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Override
    public Integer call() {
        Path siteRoot = root.toAbsolutePath().normalize();
        Path out = (output == null ? siteRoot.resolve("site") : output).toAbsolutePath().normalize();
        if (siteRoot.startsWith(out)) {
            System.err.println("error: the output folder " + out + " would contain the site's own content: "
                    + "choose another --output");
            return 2;
        }
        BuildResult result = Build.run(new BuildOptions(siteRoot, out, drafts, baseUrl, strict));
        return report(result, out, System.out, System.err);
    }

    static int report(BuildResult result, Path out, PrintStream stdout, PrintStream stderr) {
        for (Diagnostic d : result.diagnostics()) {
            stderr.println(d);
        }
        String where = displayPath(out);
        if (!result.ok()) {
            stderr.printf(Locale.ROOT, "Build failed: %d error%s; %s left unchanged.%n", result.errors(),
                    result.errors() == 1 ? "" : "s", where);
            return 1;
        }
        stdout.printf(Locale.ROOT, "Built %d pages (%d files) into %s in %.2f s.%n", result.pages(), result.files(),
                where, result.millis() / 1000.0);
        return 0;
    }

    private static String displayPath(Path out) {
        Path cwd = Path.of("").toAbsolutePath();
        return out.startsWith(cwd) && !out.equals(cwd) ? cwd.relativize(out) + "/" : out + "/";
    }
}
