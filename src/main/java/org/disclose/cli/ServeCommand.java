package org.disclose.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.disclose.serve.Serve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code disclose serve}: a live preview of the site for its authors. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the site into a temporary folder and serve it for preview; rebuild and reload open "
                + "pages whenever a file under content/ or themes/ changes. site/ is never touched.",
            "Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    // The options of SiteOptions that apply to a preview (--output and --base-url do not: the preview has its own).
    @Option(names = "--root", paramLabel = "DIR", description = "Site folder holding content/ and themes/ "
            + "(default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--drafts", description = "Include content marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include releases dated after today.")
    boolean future;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems (and the address).")
    boolean quiet;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for "
            + "any free port).")
    int port = 1313;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, "
            + "this computer only). 0.0.0.0 shows the preview, drafts included, to the whole network.")
    String bind = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        Path siteRoot = root.toAbsolutePath().normalize();
        if (port < 0 || port > 65535) {
            System.err.println("error: --port must be between 0 and 65535");
            return 2;
        }
        if (!Files.isDirectory(siteRoot.resolve("content"))) {
            System.err.println("error: " + siteRoot + " has no content/ folder: run serve in a site folder, "
                    + "give --root DIR, or create a site with 'disclose init DIR'");
            return 2;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            System.err.println("error: --bind " + bind + " is not an address of this computer");
            return 2;
        }
        try {
            // the preview never writes site/, but a build killed in its commit left it half changed: finish that
            Build.finishCommit(siteRoot.resolve("site"));
        } catch (IOException e) {
            System.err.println("error: cannot finish the interrupted commit of " + siteRoot.resolve("site") + ": "
                    + e.getMessage());
            return 1;
        }
        Serve serve;
        try {
            serve = Serve.start(new Serve.Settings(siteRoot, address, port, drafts, future, strict),
                    new Printer(quiet, System.out, System.err));
        } catch (BindException e) {
            System.err.println("error: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "): "
                    + "another program uses it; choose another --port");
            return 2;
        } catch (IOException e) {
            System.err.println("error: cannot start the preview: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            stopped.countDown();
        }, "disclose-serve-stop"));
        if (!address.isLoopbackAddress()) {
            System.err.println("warning: listening on " + bind + ": anyone who can reach this computer can read the "
                    + "preview" + (drafts ? ", drafts included" : ""));
        }
        System.out.println("Serving " + siteRoot + " at " + serve.url() + " (Ctrl-C to stop); building …");
        stopped.await();
        return 0;
    }

    /** Prints one line per build, and every diagnostic of a failed one. */
    static final class Printer implements Serve.Log {

        private final boolean quiet;
        private final PrintStream out;
        private final PrintStream err;
        private BuildProgress progress = BuildProgress.NONE;
        private boolean first = true;

        Printer(boolean quiet, PrintStream out, PrintStream err) {
            this.quiet = quiet;
            this.out = out;
            this.err = err;
        }

        @Override
        public BuildProgress starting(Set<String> changed) {
            progress = Progress.start(quiet);
            return progress;
        }

        @Override
        public void built(BuildResult result, Set<String> changed, long millis) {
            Progress.finish(progress);
            String cause = changed.isEmpty() ? "" : " after " + Serve.describe(changed) + " changed";
            if (!result.ok()) {
                for (Diagnostic d : result.diagnostics()) {
                    err.println(d);
                }
                err.printf(Locale.ROOT, "Build failed%s: %d error%s; the pages show them, the last good build "
                        + "stays at /__disclose/last-good/.%n", cause, result.errors(),
                        result.errors() == 1 ? "" : "s");
            } else if (!quiet) {
                result.diagnostics().forEach(err::println);
                if (result.nothingNew()) {
                    out.printf(Locale.ROOT, "Nothing to rebuild%s.%n", cause);
                } else {
                    if (first) {
                        out.printf(Locale.ROOT, "Built %d pages in %.2f s.%n", result.pages(), millis / 1000.0);
                    } else {
                        out.printf(Locale.ROOT, "Rebuilt %d of %d pages in %.2f s%s.%n", result.rendered(),
                                result.pages(), millis / 1000.0, cause);
                    }
                }
            }
            first = false;
        }

        @Override
        public void trouble(String message) {
            err.println("disclose: " + message);
        }
    }
}
