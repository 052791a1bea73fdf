package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclose.config.SiteConfig;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.PhotoSizes;
import org.disclose.render.view.ArticleFurniture;
import org.disclose.render.view.DataPageView;
import org.disclose.model.Page;
import org.disclose.render.view.HomeView;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.PageView;
import org.disclose.render.view.ReleaseCard;
import org.disclose.render.view.ReleaseView;

/** Every page of the site, derived from the content: what goes where, drawn by which layout, from which view. */
public final class SiteRoutes {

    private static final int LATEST_ON_HOME = 5;

    private SiteRoutes() {
    }

    /** @param openData the page listing the open-data tables, or null when the content has none */
    public static List<Route> of(Content content, SiteConfig config, PhotoSizes sizes, Strings t,
                                 DataPageView openData) {
        List<Route> routes = new ArrayList<>();
        PhotoViews photos = new PhotoViews(sizes, t);
        PathLink home = new PathLink(t.get("home"), SiteAddresses.HOME);
        List<ReleaseCard> latest = content.releases().stream().filter(r -> !r.withdrawn()).limit(LATEST_ON_HOME)
                .map(r -> ReleaseView.card(r, SiteAddresses.release(r))).toList();

        List<PathLink> pageLinks = content.pages().stream()
                .map(p -> new PathLink(p.title(), SiteAddresses.page(p))).toList();
        routes.add(new Route(SiteAddresses.HOME, "home", t.get("homeTitle"), config.description(), List.of(),
                new HomeView(content.currentRound().map(r -> RoundRoutes.view(r, content, t)).orElse(null),
                        latest, SiteAddresses.RELEASES, pageLinks),
                SourcePos.file("content/site.yaml")));

        ReleaseRoutes.add(routes, content, t, config.pageSize(), home, photos);
        TaskRoutes.add(routes, content, t, home);
        CaseRoutes.add(routes, content, t, config.pageSize(), home, photos);
        RoundRoutes.add(routes, content, t, home);
        IndicatorRoutes.add(routes, content, t, home);
        ComplaintRoutes.add(routes, content, t, home);
        BulletinRoutes.add(routes, content, t, home);
        routes.add(new Route(SiteAddresses.SEARCH, "search", t.get("search"), null, List.of(home), Map.of(),
                SourcePos.file("content")));
        if (openData != null) {
            routes.add(new Route(SiteAddresses.DATA, "data", t.get("openData"), t.get("openDataIntro"), List.of(home),
                    openData, SourcePos.file("content")));
        }
        for (Page p : content.pages()) {
            routes.add(new Route(SiteAddresses.page(p), "page", p.title(), p.summary(), List.of(home),
                    new PageView(p.title(), p.summary(), p.bodyHtml(), photos.of(p.photos())), p.where().of("slug"))
                    .asArticle(PageMeta.article(null, null, List.of(), p.summary(),
                            PublishedPhotos.shareImage(SiteAddresses.page(p), p.photos(), List.of())))
                    .withFurniture(ArticleFurniture.NONE));
        }
        routes.add(SiteMapRoute.of(routes, content, config, t, home));
        routes.add(new Route(SiteAddresses.NOT_FOUND, "404", t.get("notFoundTitle"), null, List.of(home), Map.of(),
                SourcePos.file("themes")));
        return routes;
    }

    /**
     * Files published as they are, beside the pages: the attachments of releases, cases and tasks. Site path → the
     * real path it was admitted at when its owner was read (inside content/), never a path resolved again. Photos are
     * published as pixels, not as they are ({@link PublishedPhotos}).
     */
    public static Map<String, java.nio.file.Path> staticFiles(Content content) {
        Map<String, java.nio.file.Path> files = new java.util.TreeMap<>();
        for (var c : content.cases()) {
            c.attachments().forEach(a -> files.put(SiteAddresses.attachment(SiteAddresses.typicalCase(c), a),
                    a.source()));
        }
        for (var r : content.releases()) {
            r.attachments().forEach(a -> files.put(SiteAddresses.attachment(SiteAddresses.release(r), a),
                    a.source()));
        }
        for (var task : content.tasks()) {
            task.attachments().forEach(a -> files.put(SiteAddresses.attachment(SiteAddresses.task(task), a),
                    a.source()));
        }
        return files;
    }
}
