package org.disclose.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.disclose.check.Checks;
import org.disclose.check.PersonalDataGuard;
import org.disclose.config.SiteConfig;
import org.disclose.config.SiteConfigReader;
import org.disclose.content.ContentFiles;
import org.disclose.content.ContentReader;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.publish.DataTable;
import org.disclose.publish.Feeds;
import org.disclose.publish.LinkCheck;
import org.disclose.publish.SearchIndex;
import org.disclose.publish.Sitemaps;
import org.disclose.publish.OpenData;
import org.disclose.publish.Output;
import org.disclose.publish.PublishedFiles;
import org.disclose.publish.StagedOutput;
import org.disclose.render.Markdown;
import org.disclose.render.Renderer;
import org.disclose.render.Route;
import org.disclose.render.SearchDocs;
import org.disclose.render.RouteClashes;
import org.disclose.render.SiteRoutes;
import org.disclose.render.Strings;
import org.disclose.render.Templates;
import org.disclose.render.Theme;

/**
 * The whole pipeline on one screen: read → check → generate → render → write. Nothing is written until everything
 * read and checked clean, and the output folder is replaced only when every page was written and every internal
 * link resolved.
 */
public final class Build {

    private static final String GENERATOR = "Disclose " + Optional.ofNullable(
            Build.class.getPackage().getImplementationVersion()).orElse("(development)");

    private Build() {
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

    public static BuildResult run(BuildOptions options) {
        return run(options, BuildProgress.NONE);
    }

    /** Builds, telling {@code progress} how it is getting on (stage by stage, then page by page). */
    public static BuildResult run(BuildOptions options, BuildProgress progress) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics(options.strict());
        Path root = options.root().toAbsolutePath().normalize();
        Stages stages = new Stages(progress);
        String inputs = BuildInputs.fingerprint(options);
        if (options.write() && StagedOutput.marked(options.output()).contains(inputs)) {
            return BuildResult.upToDate(elapsed(start));
        }

        // read
        Optional<SiteConfig> config = SiteConfigReader.read(root, options.baseUrl(), diagnostics);
        if (config.isEmpty() || diagnostics.hasErrors()) {
            return failed(diagnostics, start);
        }
        SiteConfig site = config.get();
        Optional<Theme> theme = Theme.load(root, site.theme(), site.language(),
                new SourcePos(SiteConfigReader.FILE, 1, 1), diagnostics);
        if (theme.isEmpty()) {
            return failed(diagnostics, start);
        }
        Strings strings = new Strings(theme.get().strings());
        Markdown markdown = new Markdown(site.allowHtml(), strings.get("tableRegion"));
        Content content;
        try {
            ContentFiles files = new ContentFiles(root, new PersonalDataGuard(site.publishedContacts()));
            files.text(files.file("site.yaml"), diagnostics); // its texts are on every page: scan them too
            content = new ContentReader(files, markdown).read(options.drafts(),
                    options.future() ? null : options.today(), diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("content"), "cannot read content: " + e.getMessage());
            return failed(diagnostics, start);
        }

        stages.done("read", Stages.counts(content));

        // check
        Checks.run(content, diagnostics);
        stages.done("check");
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, start);
        }

        // generate
        List<DataTable> tables = OpenData.tables(content, strings);
        List<Route> routes = SiteRoutes.of(content, site, strings, tables);
        RouteClashes.check(routes, diagnostics);
        Templates templates = new Templates(theme.get(), diagnostics);
        Set<String> layouts = new TreeSet<>();
        layouts.add(Renderer.BASE);
        routes.forEach(r -> layouts.add(r.layout()));
        layouts.forEach(l -> templates.prepare(l, diagnostics));
        Map<String, String> assetKeys = new TreeMap<>();
        Map<String, Path> assets = assets(theme.get(), assetKeys, diagnostics);
        Renderer renderer = new Renderer(templates, site, strings, assetKeys);
        stages.done("generate", String.format(Locale.ROOT, "%,d pages", routes.size()));
        Map<String, byte[]> data = new TreeMap<>(OpenData.files(content, tables, strings));
        data.putAll(Sitemaps.files(site.baseUrl(), routes));
        data.put(Feeds.FEED, Feeds.atom(site, content.releases().stream().filter(r -> !r.withdrawn()).toList(),
                SiteRoutes::releasePath));
        data.putAll(SearchIndex.files(SearchDocs.of(content, strings)));
        stages.done("derive", String.format(Locale.ROOT, "%,d data files", data.size()));
        for (String key : new TreeSet<>(strings.missing())) {
            diagnostics.error(SourcePos.file("themes/" + site.theme()), "the theme's strings lack '" + key
                    + "': add it to i18n/" + site.language() + ".yaml");
        }
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, start);
        }

        // render, check links, write
        Set<String> files = new HashSet<>(assets.keySet());
        files.addAll(data.keySet());
        Map<String, Path> staticFiles = SiteRoutes.staticFiles(content, root);
        files.addAll(staticFiles.keySet());
        routes.forEach(r -> files.add(r.file()));
        LinkCheck links = new LinkCheck(site.baseUrl().path(), markdown::linkPosition);
        try (Output target = options.write() ? StagedOutput.open(options.output()) : Output.discard()) {
            PublishedFiles out = new PublishedFiles(target, options.write() ? options.output() : null);
            assets.forEach(out::copy);
            staticFiles.forEach(out::copy);
            data.forEach(out::write);
            progress.rendering(routes.size());
            routes.parallelStream().forEach(r -> {
                byte[] html = renderer.render(r);
                links.page(r.file(), html, r.source(), diagnostics);
                out.write(r.file(), html);
                progress.rendered();
            });
            stages.done("render+write", String.format(Locale.ROOT, "%,d pages, %,d files unchanged",
                    routes.size(), out.reused()));
            links.verify(files, diagnostics);
            if (diagnostics.hasErrors()) {
                return failed(diagnostics, start);
            }
            out.writeManifest(GENERATOR, builtAt());
            if (target instanceof StagedOutput staged) {
                staged.mark(inputs);
            }
            out.commit();
            stages.done("commit");
            if (Boolean.getBoolean("disclose.timings")) {
                System.err.println("timings: " + stages.summary());
            }
            return new BuildResult(diagnostics.sorted(), routes.size(), out.count() + 1, out.reused(),
                    elapsed(start), false);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(new SourcePos(options.output().toString(), 1, 1), "cannot write the site: "
                    + e.getMessage());
            return failed(diagnostics, start);
        }
    }

    /**
     * The theme's assets by published path, fingerprinted with their content hash ({@code assets/site.3f2a91c0.css})
     * so that servers can cache them for a year and a changed file is never served stale.
     */
    private static Map<String, Path> assets(Theme theme, Map<String, String> keys, Diagnostics diagnostics) {
        Map<String, Path> bySitePath = new TreeMap<>();
        try {
            for (Map.Entry<String, Path> a : theme.assets().entrySet()) {
                String rel = a.getKey();
                String hash = PublishedFiles.sha256(Files.readAllBytes(a.getValue())).substring(0, 10);
                int dot = rel.lastIndexOf('.');
                String published = "assets/" + (dot > rel.lastIndexOf('/') ? rel.substring(0, dot) + "." + hash
                        + rel.substring(dot) : rel + "." + hash);
                bySitePath.put(published, a.getValue());
                // template key: assets/site.css is {{asset.site_css}}
                keys.put(rel.replaceAll("[/.\\-]", "_"), published);
            }
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("themes"), "cannot read the theme's assets: " + e.getMessage());
        }
        return bySitePath;
    }

    private static BuildResult failed(Diagnostics diagnostics, long start) {
        return new BuildResult(diagnostics.sorted(), 0, 0, 0, elapsed(start), false);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
