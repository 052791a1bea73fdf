package org.disclose.cli;

import java.nio.file.Path;
import org.disclose.pipeline.BuildOptions;
import picocli.CommandLine.Option;

/** The options every command that builds the site shares. */
final class SiteOptions {

    @Option(names = "--root", paramLabel = "DIR", description = "Site folder holding content/ and themes/ "
            + "(default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: ROOT/site).")
    Path output;

    @Option(names = "--drafts", description = "Include content marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include releases dated after today.")
    boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "Override baseUrl from site.yaml, "
            + "e.g. https://www.example.gov.cn/zhenggai/.")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
    boolean quiet;

    Path siteRoot() {
        return root.toAbsolutePath().normalize();
    }

    Path out() {
        return (output == null ? siteRoot().resolve("site") : output).toAbsolutePath().normalize();
    }

    BuildOptions toBuildOptions() {
        return BuildOptions.defaults(siteRoot()).withOutput(out()).withDrafts(drafts).withFuture(future)
                .withBaseUrl(baseUrl).withStrict(strict);
    }
}
