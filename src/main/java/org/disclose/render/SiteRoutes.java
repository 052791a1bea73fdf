package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclose.config.SiteConfig;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Page;
import org.disclose.model.Release;
import org.disclose.render.view.HomeView;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.ListView;
import org.disclose.render.view.PageView;
import org.disclose.render.view.ReleaseCard;
import org.disclose.render.view.ReleaseView;

/** Every page of the site, derived from the content: what goes where, drawn by which layout, from which view. */
public final class SiteRoutes {

    public static final String RELEASES = "releases/";
    private static final int LATEST_ON_HOME = 5;

    private SiteRoutes() {
    }

    public static List<Route> of(Content content, SiteConfig config, Strings t) {
        List<Route> routes = new ArrayList<>();
        PathLink home = new PathLink(t.get("home"), "");
        List<ReleaseCard> cards = content.releases().stream()
                .map(r -> ReleaseView.card(r, releasePath(r))).toList();

        List<PathLink> pageLinks = content.pages().stream().map(p -> new PathLink(p.title(), p.slug() + "/")).toList();
        routes.add(new Route("", "home", t.get("homeTitle"), config.description(), List.of(),
                new HomeView(RoundRoutes.current(content).map(r -> RoundRoutes.view(r, content)).orElse(null),
                        cards.subList(0, Math.min(LATEST_ON_HOME, cards.size())), RELEASES, pageLinks),
                SourcePos.file("content/site.yaml")));

        PathLink releasesCrumb = new PathLink(t.get("releases"), RELEASES);
        for (Paginate.Slice<ReleaseCard> slice : Paginate.of(cards, config.pageSize(), RELEASES)) {
            routes.add(new Route(slice.path(), "release-list", t.get("releases"), null, List.of(home),
                    new ListView<>(t.get("releases"), slice.items(), slice.pager()), SourcePos.file("content/releases")));
        }
        for (Release r : content.releases()) {
            routes.add(new Route(releasePath(r), "release", r.title(), r.summary(), List.of(home, releasesCrumb),
                    ReleaseView.of(r), r.where().origin()));
        }
        TaskRoutes.add(routes, content, t, home);
        CaseRoutes.add(routes, content, t, config.pageSize(), home);
        RoundRoutes.add(routes, content, t, home);
        IndicatorRoutes.add(routes, content, t, home);
        ComplaintRoutes.add(routes, content, t, home);
        for (Page p : content.pages()) {
            routes.add(new Route(p.slug() + "/", "page", p.title(), p.summary(), List.of(home),
                    new PageView(p.title(), p.summary(), p.bodyHtml()), p.where().origin()));
        }
        routes.add(new Route("404.html", "404", t.get("notFoundTitle"), null, List.of(home), Map.of(),
                SourcePos.file("themes")));
        return routes;
    }

    /** Files published as they are, beside the pages: case images. Site path → source file. */
    public static Map<String, java.nio.file.Path> staticFiles(Content content, java.nio.file.Path root) {
        Map<String, java.nio.file.Path> files = new java.util.TreeMap<>();
        java.nio.file.Path cases = root.resolve("content/cases");
        for (var c : content.cases()) {
            for (var image : c.images()) {
                files.put(CaseRoutes.imagePath(c, image), cases.resolve(image.path()));
            }
        }
        return files;
    }

    public static String releasePath(Release r) {
        return RELEASES + r.slug() + "/";
    }
}
