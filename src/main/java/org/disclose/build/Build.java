package org.disclose.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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
import org.disclose.publish.LinkCheck;
import org.disclose.publish.OpenData;
import org.disclose.publish.Output;
import org.disclose.publish.StagedOutput;
import org.disclose.render.Markdown;
import org.disclose.render.Renderer;
import org.disclose.render.Route;
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

    private Build() {
    }

    public static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics(options.strict());
        Path root = options.root().toAbsolutePath().normalize();

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
            content = new ContentReader(files, markdown).read(options.drafts(),
                    options.future() ? null : options.today(), diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("content"), "cannot read content: " + e.getMessage());
            return failed(diagnostics, start);
        }

        // check
        Checks.run(content, diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, start);
        }

        // generate
        List<Route> routes = SiteRoutes.of(content, site, strings);
        RouteClashes.check(routes, diagnostics);
        Templates templates = new Templates(theme.get(), diagnostics);
        Set<String> layouts = new TreeSet<>();
        layouts.add(Renderer.BASE);
        routes.forEach(r -> layouts.add(r.layout()));
        layouts.forEach(l -> templates.prepare(l, diagnostics));
        Map<String, Path> assets = assets(theme.get(), diagnostics);
        Renderer renderer = new Renderer(templates, site, strings, assetKeys(assets));
        Map<String, byte[]> data = OpenData.files(content, strings);
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
        LinkCheck links = new LinkCheck(site.baseUrl().path());
        try (Output out = options.write() ? StagedOutput.open(options.output()) : Output.discard()) {
            assets.forEach(out::copy);
            staticFiles.forEach(out::copy);
            data.forEach(out::write);
            routes.parallelStream().forEach(r -> {
                byte[] html = renderer.render(r);
                links.page(r.file(), html, r.source(), diagnostics);
                out.write(r.file(), html);
            });
            links.verify(files, diagnostics);
            if (diagnostics.hasErrors()) {
                return failed(diagnostics, start);
            }
            out.commit();
            return new BuildResult(diagnostics.sorted(), routes.size(), files.size(), elapsed(start));
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(new SourcePos(options.output().toString(), 1, 1), "cannot write the site: "
                    + e.getMessage());
            return failed(diagnostics, start);
        }
    }

    /** The theme's assets by site path ({@code assets/site.css}). */
    private static Map<String, Path> assets(Theme theme, Diagnostics diagnostics) {
        Map<String, Path> bySitePath = new TreeMap<>();
        try {
            theme.assets().forEach((rel, file) -> bySitePath.put("assets/" + rel, file));
        } catch (IOException e) {
            diagnostics.error(SourcePos.file("themes"), "cannot read the theme's assets: " + e.getMessage());
        }
        return bySitePath;
    }

    /** Template keys for assets: {@code assets/site.css} is {@code {{asset.site_css}}}. */
    private static Map<String, String> assetKeys(Map<String, Path> assets) {
        Map<String, String> keys = new TreeMap<>();
        for (String sitePath : assets.keySet()) {
            keys.put(sitePath.substring("assets/".length()).replaceAll("[/.\\-]", "_"), sitePath);
        }
        return keys;
    }

    private static BuildResult failed(Diagnostics diagnostics, long start) {
        return new BuildResult(diagnostics.sorted(), 0, 0, elapsed(start));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
