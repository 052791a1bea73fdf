package org.disclose.pipeline;

import org.disclose.config.Precompression;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.disclose.content.KeptReads;
import org.disclose.content.ReadCache;
import org.disclose.diag.Diagnostic;
import org.disclose.markdown.Markdown;
import org.disclose.publish.Output;
import org.disclose.publish.PublishedFiles;
import org.disclose.publish.SiteMarker;
import org.disclose.publish.StagingFolder;

/**
 * A build of the site ({@code disclose build}, {@code disclose check}): the files changed since the last build read
 * (what it read is kept with the content, {@link KeptReads}), the site changed through a staging folder with
 * {@code .gz} copies and {@code manifest.json}. What it was built from is recorded in the site's marker, so that the
 * next build knows when nothing changed and which pages it may keep.
 */
final class SiteMode implements BuildMode {

    private static final String GENERATOR = "Disclose " + Optional.ofNullable(
            Build.class.getPackage().getImplementationVersion()).orElse("(development)");

    /** The folder beside content/ where builds keep what saves work for the next one. */
    static final String CACHE = ".disclose-cache";

    private final BuildOptions options;
    private final Path site;
    private ReadCache reads = ReadCache.NONE;
    private Markdown markdown;
    private String readWith;
    /** The fingerprint of the inputs, taken before anything is read: a file saved during the build counts. */
    private String inputs = "";

    SiteMode(BuildOptions options) {
        this.options = options;
        this.site = options.output().toAbsolutePath().normalize();
    }

    @Override
    public boolean upToDate() {
        if (!options.write()) {
            return false;
        }
        try {
            StagingFolder.recover(site); // a build killed in its commit: its site is made whole first
        } catch (IOException e) {
            return false; // opening the output says what is wrong
        }
        inputs = BuildInputs.fingerprint(options);
        return SiteMarker.read(site).contains(inputs);
    }

    /** What the last build read, kept beside the site: only files changed since are read ({@link KeptReads}). */
    @Override
    public ReadCache reads() {
        return reads;
    }

    @Override
    public Markdown markdown(String readWith, Supplier<Markdown> fresh) {
        Markdown m = fresh.get();
        if (options.write()) {
            this.readWith = readWith + "\nstrict " + options.strict();
            this.markdown = m;
            this.reads = KeptReads.load(keptReads(), this.readWith, options.strict(), m.linkPositions());
        }
        return m;
    }

    /** Keeps what this build read for the next one, once its site is in place. */
    @Override
    public void committed() {
        if (markdown != null) {
            KeptReads.keep(reads, keptReads(), readWith, markdown.linkPositions());
        }
    }

    /**
     * With the content it comes from, not beside wherever the site is built: it holds what the site does not
     * publish (drafts, what the checks refused), and an output folder may be inside a web server's root.
     */
    private Path keptReads() {
        return options.root().toAbsolutePath().normalize().resolve(CACHE).resolve("reads");
    }

    /** Files are kept from the current site only when the same code made them: a new version may write them apart. */
    @Override
    public Output open(Precompression precompress) throws IOException {
        if (!options.write()) {
            return Output.discard();
        }
        boolean sameCode = SiteMarker.read(site).contains(BuildInputs.code());
        return new PublishedFiles(StagingFolder.open(site), sameCode ? site : null, GENERATOR, builtAt(),
                precompress);
    }

    @Override
    public String record(String pages) {
        return inputs + "\n" + BuildInputs.code() + "\n" + pages;
    }

    /** A build that got this far replaced the site: "up to date" is said before reading, or not at all. */
    @Override
    public boolean nothingNew(List<Diagnostic> found, Output.Committed committed) {
        return false;
    }

    @Override
    public void stale() {
        inputs = "(not up to date: the publication record was to be appended)";
    }

    @Override
    public void forget() {
        // a build of the site keeps nothing between runs but the site itself, which a failure leaves as it was
    }

    /**
     * When the build ran, for manifest.json only. SOURCE_DATE_EPOCH (reproducible-builds.org) pins it, so that two
     * builds of the same content give byte-identical sites and packages.
     */
    static String builtAt() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).toString();
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
