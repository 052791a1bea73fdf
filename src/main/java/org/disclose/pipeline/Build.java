package org.disclose.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.disclose.check.Checks;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.config.SiteConfig;
import org.disclose.config.SiteConfigReader;
import org.disclose.content.ContentFiles;
import org.disclose.content.ContentReader;
import org.disclose.diag.Crash;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.markdown.Markdown;
import org.disclose.model.Content;
import org.disclose.model.Freshness;
import org.disclose.publish.DataTable;
import org.disclose.publish.Feeds;
import org.disclose.publish.LinkCheck;
import org.disclose.model.PhotoSizes;
import org.disclose.publish.OpenData;
import org.disclose.publish.Output;
import org.disclose.publish.PhotoEncoder;
import org.disclose.publish.Sitemaps;
import org.disclose.publish.StagingFolder;
import org.disclose.publish.StylesheetAddresses;
import org.disclose.render.EmptyColumns;
import org.disclose.render.Renderer;
import org.disclose.render.Route;
import org.disclose.render.PublishedPhotos;
import org.disclose.render.RouteClashes;
import org.disclose.render.SearchDocs;
import org.disclose.render.SiteAddresses;
import org.disclose.render.SiteRoutes;
import org.disclose.render.Strings;
import org.disclose.render.Templates;
import org.disclose.render.Theme;

/**
 * The whole pipeline on one screen: read → check → generate → derive → render and write → verify links → commit.
 * Nothing is written until everything read and checked clean, and nothing shows until every page was written and
 * every internal link resolved. A build of the site and a preview build run the same stages; they differ only in
 * where the inputs come from and where the files go ({@link BuildMode}).
 */
public final class Build {

    private final BuildOptions options;
    private final BuildProgress progress;
    private final Path root;
    private final Diagnostics diagnostics;
    private final Stages stages;
    private final long start = System.nanoTime();
    private final BuildMode mode;
    private final RecordKeeping records;

    private Build(BuildOptions options, BuildProgress progress, BuildMode mode) {
        this.options = options;
        this.progress = progress;
        this.mode = mode;
        this.root = options.root().toAbsolutePath().normalize();
        this.diagnostics = new Diagnostics(options.strict());
        // until the settings say which contacts are public, every personal number a message quotes is masked
        this.diagnostics.redactWith(new PersonalDataGuard(List.of())::mask);
        this.stages = new Stages(progress);
        this.records = new RecordKeeping(options, mode, root, diagnostics);
    }

    public static BuildResult run(BuildOptions options) {
        return run(options, BuildProgress.NONE);
    }

    /** Builds, telling {@code progress} how it is getting on (stage by stage, then page by page). */
    public static BuildResult run(BuildOptions options, BuildProgress progress) {
        return new Build(options, progress, new SiteMode(options)).guarded();
    }

    /**
     * A build of a preview session ({@code disclose serve}): reads only the files changed since the session's last
     * build, renders only the pages they change, and updates the session's folder in place.
     */
    public static BuildResult preview(BuildOptions options, BuildProgress progress, BuildSession session) {
        return new Build(options, progress, new PreviewMode(session, options.output())).guarded();
    }

    /**
     * Brings the site in {@code output} back to a whole site, if a build was killed while committing to it: what every
     * build does first, for commands that do not build it ({@code disclose serve}).
     */
    public static void finishCommit(Path output) throws IOException {
        StagingFolder.recover(output);
    }

    /**
     * The pipeline, which never ends in an exception: a failure of Disclose's own code, a stack overflow or running
     * out of memory becomes an error naming the file where one is known (each file read and each page rendered is
     * guarded on its own) and else the stage, and the build fails as for any other error, leaving the site as it was.
     */
    private BuildResult guarded() {
        try {
            return run();
        } catch (RuntimeException | Error e) {
            mode.forget(); // half a build may have updated what the next one starts from
            diagnostics.error(SourcePos.file("disclose"), Crash.message(stages.current(), e));
            return failed();
        }
    }

    private BuildResult run() {
        if (mode.upToDate()) {
            return BuildResult.upToDate(elapsed());
        }
        Optional<Setup> setup = setup();
        Optional<Content> content = setup.flatMap(this::read);                          // read
        if (content.isEmpty()) {
            return failed();
        }
        Checks.run(content.get(), diagnostics);                                         // check
        List<Freshness.ColumnAge> freshness = freshness(content.get());
        stages.done("check");
        if (diagnostics.hasErrors()) {
            return failed();
        }
        Plan plan = generate(setup.get(), content.get());                               // generate, derive
        if (diagnostics.hasErrors()) {
            return failed();
        }
        LinkCheck links = links(setup.get());
        try (Output out = mode.open(setup.get().site().precompress())) {
            RenderCache cache = new RenderCache(pageInputs(setup.get(), plan), out.record());
            Map<String, SourcePos> kept = write(plan, cache, links, out);               // render and write
            links.kept(kept, out.currentFiles(), plan.files(), diagnostics);            // verify links
            links.verify(plan.files(), diagnostics);
            if (diagnostics.hasErrors()) {
                return failed();
            }
            records.beforeCommit();
            Output.Committed committed = out.commit(mode.record(cache.record()));     // commit
            mode.committed();
            stages.done("commit");
            if (!records.append()) {                                                    // record
                return failed();
            }
            printTimings();
            List<Diagnostic> found = diagnostics.sorted();
            return new BuildResult(found, plan.routes().size(), plan.routes().size() - kept.size(),
                    committed.files(), committed.unchanged(), elapsed(), false, mode.nothingNew(found, committed),
                    freshness);
        } catch (IOException | UncheckedIOException e) {
            mode.forget();
            diagnostics.error(new SourcePos(options.output().toString(), 1, 1), "cannot write the site: "
                    + e.getMessage());
            return failed();
        }
    }

    /**
     * The site's settings, the theme that draws it, the guard that keeps personal data off it, and what every page
     * depends on besides its own route ({@code shared}: the code, the theme's files by name, size and time, and the
     * settings).
     */
    private record Setup(SiteConfig site, Theme theme, Strings strings, Markdown markdown, PersonalDataGuard guard,
                         String shared, PhotoSizes photoSizes) {
    }

    private Optional<Setup> setup() {
        Optional<SiteConfig> config = SiteConfigReader.read(root, options.baseUrl(), diagnostics);
        Optional<PersonalDataGuard> guard = config.map(this::guard);
        if (config.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        SiteConfig site = config.get();
        return Theme.load(root, site.theme(), site.language(), site.trustedThemeFolders(),
                new SourcePos(SiteConfigReader.FILE, 1, 1), diagnostics).map(theme -> {
                    Strings strings = new Strings(theme.strings());
                    PhotoSizes photoSizes = site.images().over(theme.photos());
                    String shared = BuildInputs.code() + "\n" + BuildInputs.theme(root, site.trustedThemeFolders())
                            + "\n" + RouteText.of(site);
                    // a preview keeps its Markdown: it knows where the links of the files not read again are
                    Markdown markdown = mode.markdown(shared, () -> new Markdown(site.allowHtml(),
                            strings.get("tableRegion"), photoSizes));
                    return new Setup(site, theme, strings, markdown, guard.get(), shared, photoSizes);
                });
    }

    /**
     * The guard for the site's allowlist, which from now on also masks every message of the build (those about the
     * settings included): a message that quotes content must not print in full what the guard reports masked.
     */
    private PersonalDataGuard guard(SiteConfig site) {
        PersonalDataGuard guard = new PersonalDataGuard(site.publishedContacts());
        diagnostics.redactWith(guard::mask);
        return guard;
    }

    /** Each column's age, when the options ask (a check's report against today): never part of what is built. */
    private List<Freshness.ColumnAge> freshness(Content content) {
        return options.freshnessOn() == null ? List.of() : Freshness.of(content, options.freshnessOn());
    }

    // read
    private Optional<Content> read(Setup setup) {
        try {
            ContentFiles files = new ContentFiles(root, setup.guard());
            files.text(files.file("site.yaml"), diagnostics); // its texts are on every page: scan them too
            ThemeScan.run(setup.theme(), setup.guard(), diagnostics);
            Content content = new ContentReader(files, setup.markdown(), mode.reads()).read(options.drafts(),
                    options.future() ? null : options.today(), diagnostics);
            stages.done("read", Stages.counts(content));
            return Optional.of(records.apply(files, setup.site(), content));
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("content"), "cannot read content: " + e.getMessage());
            return Optional.empty();
        }
    }

    // generate and derive
    private Plan generate(Setup setup, Content content) {
        SiteConfig site = setup.site();
        Strings strings = setup.strings();
        Map<String, PublishedPhotos.Owned> published = PublishedPhotos.of(content);
        List<DataTable> tables = OpenData.tables(content, published.values(), strings);
        List<Route> routes = SiteRoutes.of(content, site, setup.photoSizes(), strings,
                OpenData.page(tables, strings));
        RouteClashes.check(routes, diagnostics);
        EmptyColumns.check(site, content, diagnostics);
        Templates templates = new Templates(setup.theme(), diagnostics);
        Set<String> layouts = new TreeSet<>();
        layouts.add(Renderer.BASE);
        routes.forEach(r -> layouts.add(r.layout()));
        templates.prepareAll(layouts, diagnostics); // and every other layout of the theme, to check it
        Map<String, String> assetKeys = new TreeMap<>();
        Map<String, byte[]> linkedStylesheets = new TreeMap<>();
        Map<String, Path> assets = AssetNames.of(setup.theme(), assetKeys, linkedStylesheets, diagnostics);
        StylesheetAddresses.check(assets, root, diagnostics);
        Renderer renderer = new Renderer(templates, site, strings, assetKeys);
        stages.done("generate", String.format(Locale.ROOT, "%,d pages", routes.size()));

        Map<String, byte[]> data = new TreeMap<>(OpenData.files(content, tables, strings));
        data.putAll(Sitemaps.files(site.baseUrl(), routes));
        data.put(SiteAddresses.FEED, Feeds.atom(site, content.releases().stream().filter(r -> !r.withdrawn()).toList(),
                content.bulletins()));
        SearchFiles search = new SearchFiles(SearchDocs.of(content, strings), setup.guard(), diagnostics);
        Map<String, Path> copies = SiteRoutes.staticFiles(content);
        PhotoFiles photos = new PhotoFiles(published, setup.photoSizes(), new PhotoEncoder(
                root.resolve(SiteMode.CACHE).resolve("images"), setup.photoSizes()));
        DerivedScan.run(setup.guard(), routes, copies, data, diagnostics);
        stages.done("derive", String.format(Locale.ROOT, "%,d data files", data.size()));
        for (String key : new TreeSet<>(strings.missing())) {
            diagnostics.error(SourcePos.file("themes/" + site.theme()), "the theme's strings lack '" + key
                    + "': add it to i18n/" + site.language() + ".yaml");
        }
        RouteClashes.checkOutputs(routes, others(setup.theme(), data, assets, copies, photos), diagnostics);
        return new Plan(routes, renderer, assets, linkedStylesheets, copies, photos, data, search);
    }

    /** Every file the site holds besides its pages, with where it comes from, for the address checks. */
    private static Map<String, SourcePos> others(Theme theme, Map<String, byte[]> data, Map<String, Path> assets,
                                                 Map<String, Path> copies, PhotoFiles photos) {
        Map<String, SourcePos> others = new TreeMap<>();
        data.keySet().forEach(f -> others.put(f, SourcePos.file("content")));
        assets.forEach((f, source) -> others.put(f, SourcePos.file(theme.shown(source))));
        copies.keySet().forEach(f -> others.put(f, SourcePos.file("content")));
        photos.files().forEach(others::put);
        others.put(SiteAddresses.MANIFEST, SourcePos.file("content"));
        return others;
    }

    /** What every page depends on besides its own route: {@code shared}, and the published names of the assets. */
    private static String pageInputs(Setup setup, Plan plan) {
        return setup.shared() + "\n" + RouteText.of(List.copyOf(plan.assets().keySet()));
    }

    // render and write
    /**
     * Writes the site's files: every page whose inputs changed since the current site was made is rendered, the
     * others are kept as they are. Returns the kept ones, with their sources, for the link check.
     */
    private Map<String, SourcePos> write(Plan plan, RenderCache cache, LinkCheck links, Output out) {
        plan.assets().forEach((path, source) -> {
            byte[] linked = plan.linkedStylesheets().get(path);
            if (linked != null) {
                out.write(path, linked);
            } else {
                out.copy(path, source);
            }
        });
        plan.copies().forEach(out::copy);
        plan.photos().write(out, diagnostics);
        plan.data().forEach(out::write);
        progress.rendering(plan.routes().size());
        Map<String, SourcePos> kept = new ConcurrentHashMap<>();
        Crash.Units pages = new Crash.Units(diagnostics);
        plan.routes().parallelStream().forEach(r -> pages.run(r.source(), "rendering " + r.file(), () -> {
            if (cache.unchanged(r) && out.keep(r.file())) {
                kept.put(r.file(), r.source());
            } else {
                String html = plan.renderer().render(r);
                links.page(r.file(), html, r.source(), diagnostics);
                out.write(r.file(), html.getBytes(StandardCharsets.UTF_8));
            }
            progress.rendered();
        }));
        out.writeLater(plan.search());
        stages.done("render+write", String.format(Locale.ROOT, "%,d pages, %,d rendered", plan.routes().size(),
                plan.routes().size() - kept.size()));
        return kept;
    }

    /** A link check of this build's pages, which reads kept pages from the current site. */
    private LinkCheck links(Setup setup) {
        Path current = options.output().toAbsolutePath().normalize();
        LinkCheck check = new LinkCheck(setup.site().baseUrl().path(), setup.markdown()::linkPosition,
                file -> readCurrent(current, file));
        check.templates(setup.theme()::templateWith);
        check.settingsLinks(setup.site().linkSources());
        check.hostPaths(setup.site().hostPaths());
        check.officialScripts(setup.site().officialScripts());
        return check;
    }

    private static byte[] readCurrent(Path site, String file) {
        try {
            return Files.readAllBytes(site.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printTimings() {
        if (Boolean.getBoolean("disclose.timings")) {
            System.err.println("timings: " + stages.summary());
        }
    }

    private BuildResult failed() {
        return new BuildResult(diagnostics.sorted(), 0, 0, 0, 0, elapsed(), false, false);
    }

    private long elapsed() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
