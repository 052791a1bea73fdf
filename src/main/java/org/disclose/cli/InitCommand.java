package org.disclose.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclose.scaffold.ScaffoldException;
import org.disclose.scaffold.SiteInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code disclose init DIR}: a new site with an example of every kind of content. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new site in DIR (a new or empty folder): site.yaml, an example of every kind of "
                + "content, marked 示例, and a copy of the default theme. It builds clean at once."})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the site in.")
    Path dir;

    @Option(names = "--theme-from", paramLabel = "DIR", description = "Copy this theme folder as themes/default "
            + "(default: themes/default beside this Disclose).")
    Path themeFrom;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
    boolean quiet;

    @Override
    public Integer call() {
        List<String> files;
        try {
            files = SiteInit.create(dir, themeFrom);
        } catch (ScaffoldException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        if (!quiet) {
            long theme = files.stream().filter(f -> f.startsWith("themes/")).count();
            files.stream().filter(f -> !f.startsWith("themes/")).forEach(f -> System.out.println("  " + f));
            System.out.println("  themes/default/ (" + theme + " files)");
            String where = BuildCommand.displayPath(dir.toAbsolutePath().normalize());
            System.out.println("Created a new site in " + where + ". Next: disclose serve --root " + where
                    + ", then replace the examples (示例) with your own content.");
        }
        return 0;
    }
}
