package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Neighbours;
import org.disclose.model.RelatedReleases;
import org.disclose.model.Release;
import org.disclose.render.view.ArticleFurniture;
import org.disclose.render.view.Facet;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.ReleaseCard;
import org.disclose.render.view.ReleaseListView;
import org.disclose.render.view.ReleaseView;

/**
 * /releases/ newest first, with a list per year (/releases/year/2023/) and per tag (/releases/tags/标签/), all
 * paginated, and a page per release. Withdrawn releases keep their page but leave the lists.
 */
final class ReleaseRoutes {

    /** How many releases 相关阅读 lists at most. */
    static final int RELATED = 5;

    private ReleaseRoutes() {
    }

    static void add(List<Route> routes, Content content, Strings t, int pageSize, PathLink home, PhotoViews photos) {
        List<Release> listed = content.releases().stream().filter(r -> !r.withdrawn()).toList();
        Map<Integer, List<Release>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, List<Release>> byTag = new TreeMap<>();
        for (Release r : listed) {
            byYear.computeIfAbsent(r.date().year(), y -> new ArrayList<>()).add(r);
            r.tags().forEach(tag -> byTag.computeIfAbsent(tag, x -> new ArrayList<>()).add(r));
        }
        PathLink all = new PathLink(t.get("releases"), SiteAddresses.RELEASES);
        SourcePos source = SourcePos.file("content/releases");
        list(routes, SiteAddresses.RELEASES, t.get("releases"), listed, facets(null, byYear, byTag, t), pageSize,
                List.of(home), source);
        byYear.forEach((year, releases) -> list(routes, SiteAddresses.releaseYear(year),
                year + t.get("releasesOfYear"), releases, facets(SiteAddresses.releaseYear(year), byYear, byTag, t),
                pageSize, List.of(home, all), source));
        byTag.forEach((tag, releases) -> list(routes, SiteAddresses.releaseTag(tag), t.get("releasesTagged") + tag,
                releases, facets(SiteAddresses.releaseTag(tag), byYear, byTag, t), pageSize, List.of(home, all),
                source));
        Neighbours<Release> neighbours = new Neighbours<>(listed);
        RelatedReleases related = new RelatedReleases(listed);
        for (Release r : content.releases()) {
            ArticleFurniture furniture = new ArticleFurniture(link(neighbours.previous(r)), link(neighbours.next(r)),
                    related.of(r, RELATED).stream().map(ReleaseRoutes::link).toList());
            routes.add(new Route(SiteAddresses.release(r), "release", r.title(), r.summary(), List.of(home, all),
                    ReleaseView.of(r, SiteAddresses::releaseTag,
                            DeclaredFigureRows.view(r.figures(), r.tables(), r.date().asPartial(),
                                    r.title() + t.get("declaredFigures"), t),
                            AttachmentViews.of(r.attachments(), SiteAddresses.release(r), t),
                            photos.of(r.photos())), r.where().origin())
                    .modifiedOn(r.lastModified())
                    .asArticle(PageMeta.article(r.date(), r.source(), r.tags(), r.summary(),
                            PublishedPhotos.shareImage(SiteAddresses.release(r), r.photos(), List.of()))
                            .by(r.disclosure().publisher()))
                    .withFurniture(furniture));
        }
    }

    /** A release as 上一篇, 下一篇 or 相关阅读 shows it; null for none. */
    private static PathLink link(Release r) {
        return r == null ? null : new PathLink(r.title(), SiteAddresses.release(r));
    }

    private static void list(List<Route> routes, String base, String heading, List<Release> releases,
                             List<Facet> facets, int pageSize, List<PathLink> trail, SourcePos source) {
        List<ReleaseCard> cards = releases.stream().map(r -> ReleaseView.card(r, SiteAddresses.release(r))).toList();
        for (Paginate.Slice<ReleaseCard> slice : Paginate.of(cards, pageSize, base)) {
            routes.add(new Route(slice.path(), "release-list", heading, null, trail,
                    new ReleaseListView(heading, slice.items(), slice.pager(), facets), source).asColumn());
        }
    }

    private static List<Facet> facets(String current, Map<Integer, List<Release>> byYear,
                                      Map<String, List<Release>> byTag, Strings t) {
        List<Facet.Value> years = new ArrayList<>();
        byYear.forEach((y, list) -> years.add(new Facet.Value(String.valueOf(y), SiteAddresses.releaseYear(y),
                list.size(), SiteAddresses.releaseYear(y).equals(current))));
        List<Facet.Value> tags = new ArrayList<>();
        byTag.forEach((tag, list) -> tags.add(new Facet.Value(tag, SiteAddresses.releaseTag(tag), list.size(),
                SiteAddresses.releaseTag(tag).equals(current))));
        List<Facet> facets = new ArrayList<>();
        if (!years.isEmpty()) {
            facets.add(new Facet(t.get("byYear"), years));
        }
        if (!tags.isEmpty()) {
            facets.add(new Facet(t.get("byTag"), tags));
        }
        return List.copyOf(facets);
    }
}
