package org.disclose.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import org.disclose.check.Checks;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.config.SiteConfig;
import org.disclose.config.SiteConfigReader;
import org.disclose.content.ContentFiles;
import org.disclose.content.ContentReader;
import org.disclose.content.ReadCache;
import org.disclose.diag.Crash;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.markdown.Markdown;
import org.disclose.model.Content;
import org.disclose.publish.DataTable;
import org.disclose.publish.Feeds;
import org.disclose.publish.LinkCheck;
import org.disclose.publish.OpenData;
import org.disclose.publish.Output;
import org.disclose.publish.PublishedFiles;
import org.disclose.publish.SearchIndex;
import org.disclose.publish.Sitemaps;
import org.disclose.publish.StagedOutput;
import org.disclose.publish.StylesheetAddresses;
import org.disclose.render.Renderer;
import org.disclose.render.Route;
import org.disclose.render.RouteClashes;
import org.disclose.render.SearchDoc;
import org.disclose.render.SearchDocs;
import org.disclose.render.SiteRoutes;
import org.disclose.render.Strings;
import org.disclose.render.Templates;
import org.disclose.render.Theme;

/**
 * The whole pipeline on one screen: read → check → generate → derive → render and write. Nothing is written until
 * everything read and checked clean, and the output folder is replaced only when every page was written and every
 * internal link resolved.
 */
public final class Build {

    private static final String GENERATOR = "Disclose " + Optional.ofNullable(
            Build.class.getPackage().getImplementationVersion()).orElse("(development)");

    private final BuildOptions options;
    private final BuildProgress progress;
    private final Path root;
    private final Diagnostics diagnostics;
    private final Stages stages;
    private final long start = System.nanoTime();
    /** The preview session this build belongs to, or null for a build of the site. */
    private final BuildSession session;

    private Build(BuildOptions options, BuildProgress progress, BuildSession session) {
        this.options = options;
        this.progress = progress;
        this.session = session;
        this.root = options.root().toAbsolutePath().normalize();
        this.diagnostics = new Diagnostics(options.strict());
        // until the settings say which contacts are public, every personal number a message quotes is masked
        this.diagnostics.redactWith(new PersonalDataGuard(List.of())::mask);
        this.stages = new Stages(progress);
    }

    public static BuildResult run(BuildOptions options) {
        return run(options, BuildProgress.NONE);
    }

    /** Builds, telling {@code progress} how it is getting on (stage by stage, then page by page). */
    public static BuildResult run(BuildOptions options, BuildProgress progress) {
        return new Build(options, progress, null).guarded();
    }

    /**
     * A build of a preview session ({@code disclose serve}): reads only the files changed since the session's last
     * build, renders only the pages they change, and updates the session's folder in place.
     */
    public static BuildResult preview(BuildOptions options, BuildProgress progress, BuildSession session) {
        return new Build(options, progress, session).guarded();
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
            if (session != null) {
                session.forget(); // half a preview build may have updated the session: the next one starts afresh
            }
            diagnostics.error(SourcePos.file("disclose"), Crash.message(stages.current(), e));
            return failed();
        }
    }

    private BuildResult run() {
        // A preview knows what changed from its session; a build compares the inputs with the site's record.
        String inputs = session == null ? BuildInputs.fingerprint(options) : "";
        if (session == null && options.write() && StagedOutput.marked(options.output()).contains(inputs)) {
            return BuildResult.upToDate(elapsed());
        }
        Optional<Setup> setup = setup();
        Optional<Content> content = setup.flatMap(this::read);
        if (content.isEmpty()) {
            return failed();
        }
        Checks.run(content.get(), diagnostics);
        stages.done("check");
        if (diagnostics.hasErrors()) {
            return failed();
        }
        Plan plan = generate(setup.get(), content.get());
        if (diagnostics.hasErrors()) {
            return failed();
        }
        return session == null ? publish(setup.get(), plan, inputs) : preview(plan, links(setup.get()));
    }

    /** The site's settings, the theme that draws it and the guard that keeps personal data off it. */
    private record Setup(SiteConfig site, Theme theme, Strings strings, Markdown markdown, PersonalDataGuard guard) {
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
                    if (session == null) {
                        return new Setup(site, theme, strings, new Markdown(site.allowHtml(),
                                strings.get("tableRegion")), guard.get());
                    }
                    // a preview keeps its Markdown: it knows where the links of the files not read again are
                    if (session.basedOn(BuildInputs.code() + "\n" + BuildInputs.theme(root, site.trustedThemeFolders())
                            + "\n" + RouteText.of(site))) {
                        session.markdown = new Markdown(site.allowHtml(), strings.get("tableRegion"));
                    }
                    return new Setup(site, theme, strings, session.markdown, guard.get());
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

    // read
    private Optional<Content> read(Setup setup) {
        try {
            ContentFiles files = new ContentFiles(root, setup.guard());
            files.text(files.file("site.yaml"), diagnostics); // its texts are on every page: scan them too
            ThemeScan.run(setup.theme(), setup.guard(), diagnostics);
            Content content = new ContentReader(files, setup.markdown(),
                    session == null ? ReadCache.NONE : session.reads).read(options.drafts(),
                    options.future() ? null : options.today(), diagnostics);
            stages.done("read", Stages.counts(content));
            return Optional.of(content);
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("content"), "cannot read content: " + e.getMessage());
            return Optional.empty();
        }
    }

    // generate and derive
    private Plan generate(Setup setup, Content content) {
        SiteConfig site = setup.site();
        Strings strings = setup.strings();
        List<DataTable> tables = OpenData.tables(content, strings);
        List<Route> routes = SiteRoutes.of(content, site, strings, OpenData.page(tables, strings));
        RouteClashes.check(routes, diagnostics);
        Templates templates = new Templates(setup.theme(), diagnostics);
        Set<String> layouts = new TreeSet<>();
        layouts.add(Renderer.BASE);
        routes.forEach(r -> layouts.add(r.layout()));
        layouts.forEach(l -> templates.prepare(l, diagnostics));
        Map<String, String> assetKeys = new TreeMap<>();
        Map<String, Path> assets = AssetNames.of(setup.theme(), assetKeys, diagnostics);
        StylesheetAddresses.check(assets, root, diagnostics);
        Renderer renderer = new Renderer(templates, site, strings, assetKeys);
        stages.done("generate", String.format(Locale.ROOT, "%,d pages", routes.size()));

        Map<String, byte[]> data = new TreeMap<>(OpenData.files(content, tables, strings));
        data.putAll(Sitemaps.files(site.baseUrl(), routes));
        data.put(Feeds.FEED, Feeds.atom(site, content.releases().stream().filter(r -> !r.withdrawn()).toList(),
                SiteRoutes::releasePath));
        List<SearchDoc> docs = SearchDocs.of(content, strings);
        Supplier<Map<String, byte[]>> search = () -> SearchIndex.files(docs);
        if (session == null) {
            data.putAll(search.get());
        }
        Map<String, Path> copies = SiteRoutes.staticFiles(content);
        DerivedScan.run(setup.guard(), routes, copies, data, diagnostics);
        stages.done("derive", String.format(Locale.ROOT, "%,d data files", data.size()));
        for (String key : new TreeSet<>(strings.missing())) {
            diagnostics.error(SourcePos.file("themes/" + site.theme()), "the theme's strings lack '" + key
                    + "': add it to i18n/" + site.language() + ".yaml");
        }
        RouteClashes.checkOutputs(routes, others(setup.theme(), data, assets, copies), diagnostics);
        return new Plan(routes, renderer, assets, copies, data, session == null ? Map::of : search);
    }

    /** Every file the site holds besides its pages, with where it comes from, for the address checks. */
    private static Map<String, SourcePos> others(Theme theme, Map<String, byte[]> data, Map<String, Path> assets,
                                                 Map<String, Path> copies) {
        Map<String, SourcePos> others = new TreeMap<>();
        data.keySet().forEach(f -> others.put(f, SourcePos.file("content")));
        assets.forEach((f, source) -> others.put(f, SourcePos.file(theme.shown(source))));
        copies.keySet().forEach(f -> others.put(f, SourcePos.file("content/cases")));
        others.put(PublishedFiles.MANIFEST, SourcePos.file("content"));
        return others;
    }

    // render, check links, write
    private BuildResult publish(Setup setup, Plan plan, String inputs) {
        LinkCheck links = links(setup);
        String code = BuildInputs.code();
        String marked = options.write() ? StagedOutput.marked(options.output()) : "";
        boolean sameCode = marked.contains(code);
        RenderCache cache = new RenderCache(sharedInputs(setup, plan, code), sameCode ? marked : "");
        try (Output target = options.write() ? StagedOutput.open(options.output()) : Output.discard()) {
            PublishedFiles out = new PublishedFiles(target, sameCode ? site() : null);
            plan.assets().forEach(out::copy);
            plan.copies().forEach(out::copy);
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
            stages.done("render+write", String.format(Locale.ROOT, "%,d pages, %,d rendered, %,d files unchanged",
                    plan.routes().size(), plan.routes().size() - kept.size(), out.reused()));
            links.kept(kept, out.previousFiles(), plan.files(), diagnostics);
            links.verify(plan.files(), diagnostics);
            if (diagnostics.hasErrors()) {
                return failed();
            }
            out.writeManifest(GENERATOR, builtAt());
            if (target instanceof StagedOutput staged) {
                staged.mark(inputs + "\n" + code + "\n" + cache.record());
            }
            out.commit();
            stages.done("commit");
            printTimings();
            return new BuildResult(diagnostics.sorted(), plan.routes().size(), plan.routes().size() - kept.size(),
                    out.count() + 1, out.reused(),
                    elapsed(), false);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(new SourcePos(options.output().toString(), 1, 1), "cannot write the site: "
                    + e.getMessage());
            return failed();
        }
    }

    /** A link check of this build's pages, which reads kept pages from the current site. */
    private LinkCheck links(Setup setup) {
        Path current = site();
        LinkCheck check = new LinkCheck(setup.site().baseUrl().path(), setup.markdown()::linkPosition,
                file -> readCurrent(current, file));
        check.templates(setup.theme()::templateWith);
        check.settingsLinks(setup.site().linkSources());
        return check;
    }

    /** The output folder: the current site, which this build replaces. */
    private Path site() {
        return options.output().toAbsolutePath().normalize();
    }

    // preview: render what changed, check links, then update the served folder in place
    private BuildResult preview(Plan plan, LinkCheck links) {
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        try {
            PreviewUpdate update = new PreviewUpdate(session, options.output(), diagnostics);
            boolean clean = update.render(plan, links, progress, pages);
            stages.done("render", String.format(Locale.ROOT, "%,d pages, %,d rendered", plan.routes().size(),
                    pages.size()));
            if (!clean) {
                return failed();
            }
            int changed = update.write(plan, pages);
            stages.done("write", String.format(Locale.ROOT, "%,d files changed", changed));
            printTimings();
            List<Diagnostic> found = diagnostics.sorted();
            boolean same = changed == 0 && found.equals(session.diagnostics);
            session.diagnostics = found;
            return new BuildResult(found, plan.routes().size(), pages.size(), plan.files().size(),
                    plan.files().size() - changed, elapsed(), same);
        } catch (IOException | UncheckedIOException e) {
            session.forget();
            diagnostics.error(new SourcePos(options.output().toString(), 1, 1), "cannot write the preview: "
                    + e.getMessage());
            return failed();
        }
    }

    /**
     * What every page depends on besides its own route: the code, the theme (its files by name, size and time), the
     * site's settings and the published names of the theme's assets.
     */
    private String sharedInputs(Setup setup, Plan plan, String code) {
        return code + "\n" + BuildInputs.theme(root, setup.site().trustedThemeFolders()) + "\n"
                + RouteText.of(setup.site()) + "\n"
                + RouteText.of(List.copyOf(plan.assets().keySet()));
    }

    private static byte[] readCurrent(Path site, String file) {
        try {
            return Files.readAllBytes(site.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private void printTimings() {
        if (Boolean.getBoolean("disclose.timings")) {
            System.err.println("timings: " + stages.summary());
        }
    }

    private BuildResult failed() {
        return new BuildResult(diagnostics.sorted(), 0, 0, 0, 0, elapsed(), false);
    }

    private long elapsed() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
