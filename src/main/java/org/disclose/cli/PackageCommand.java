package org.disclose.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclose.publish.Packager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code disclose package}: archives the built site for upload, reproducibly, with checksums. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Package the built site as site.tar.gz and site.zip with SHA256SUMS (build first).")
final class PackageCommand implements Callable<Integer> {

    @Option(names = "--root", paramLabel = "DIR", description = "Site folder (default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--site", paramLabel = "DIR", description = "The built site (default: ROOT/site).")
    Path site;

    @Option(names = "--dist", paramLabel = "DIR", description = "Where the archives go (default: ROOT/dist).")
    Path dist;

    @Override
    public Integer call() {
        Path base = root.toAbsolutePath().normalize();
        Path from = site == null ? base.resolve("site") : site.toAbsolutePath().normalize();
        Path to = dist == null ? base.resolve("dist") : dist.toAbsolutePath().normalize();
        if (to.startsWith(from)) {
            System.err.println("error: the archives cannot go inside the site they package: choose another --dist");
            return 2;
        }
        try {
            List<Path> written = Packager.pack(from, to);
            written.forEach(p -> System.out.println("Wrote " + BuildCommand.displayPath(p).replaceAll("/$", "")));
            return 0;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
