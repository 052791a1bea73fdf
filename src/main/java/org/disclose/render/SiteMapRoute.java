package org.disclose.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclose.config.SiteConfig;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Page;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.SiteMapView;

/**
 * The 网站地图 for people ({@link SiteAddresses#SITE_MAP_PAGE}), which the rules for government websites
 * (国办发〔2017〕47号) require: every navigation entry in order with the lists of its column under it, then the footer
 * links, standing pages, columns and rounds the navigation does not reach, the search page and the open-data page.
 */
final class SiteMapRoute {

    private SiteMapRoute() {
    }

    /** @param routes every other page of the site, in their order */
    static Route of(List<Route> routes, Content content, SiteConfig config, Strings t, PathLink home) {
        Set<String> shown = new HashSet<>();
        shown.add(SiteAddresses.SITE_MAP_PAGE);
        List<SiteMapView.Entry> columns = new ArrayList<>();
        for (SiteConfig.NavItem item : config.navigation()) {
            columns.add(entry(item, item.external() ? List.of() : lists(routes, item.path()), shown));
        }
        List<SiteMapView.Entry> others = new ArrayList<>();
        for (SiteConfig.NavItem item : config.footerLinks()) {
            if (item.external() || !shown.contains(item.path())) {
                others.add(entry(item, List.of(), shown));
            }
        }
        for (Page p : content.pages()) {
            internal(others, p.title(), SiteAddresses.page(p), shown);
        }
        for (Route r : routes) {
            boolean column = isList(r) && r.path().indexOf('/') == r.path().length() - 1;
            if (column || r.path().equals(SiteAddresses.SEARCH) || r.path().equals(SiteAddresses.DATA)
                    || r.layout().equals("round")) {
                internal(others, r.title(), r.path(), shown);
            }
        }
        String heading = t.get("siteMap");
        return new Route(SiteAddresses.SITE_MAP_PAGE, "sitemap", heading, t.get("siteMapIntro"), List.of(home),
                new SiteMapView(heading, List.copyOf(columns), List.copyOf(others)), SourcePos.file("content/site.yaml"));
    }

    private static SiteMapView.Entry entry(SiteConfig.NavItem item, List<PathLink> children, Set<String> shown) {
        if (!item.external()) {
            shown.add(item.path());
            children.forEach(c -> shown.add(c.path()));
        }
        return new SiteMapView.Entry(item.title(), item.path(), !item.external(), children);
    }

    private static void internal(List<SiteMapView.Entry> entries, String title, String path, Set<String> shown) {
        if (shown.add(path)) {
            entries.add(new SiteMapView.Entry(title, path, true, List.of()));
        }
    }

    /** A list of records: a column's list in the page tags, or drawn by a list layout ({@code task-list}). */
    private static boolean isList(Route r) {
        return r.meta() != null && r.meta().column() || r.layout().endsWith("-list");
    }

    /** The lists of a column under its own ({@code releases/year/2023/} under {@code releases/}), first pages only. */
    private static List<PathLink> lists(List<Route> routes, String column) {
        if (column.isEmpty() || !column.endsWith("/")) {
            return List.of();
        }
        List<PathLink> lists = new ArrayList<>();
        for (Route r : routes) {
            if (isList(r) && r.path().startsWith(column) && !r.path().equals(column)
                    && !r.path().matches(".*(^|/)page/[0-9]+/")) {
                lists.add(new PathLink(r.title(), r.path()));
            }
        }
        return List.copyOf(lists);
    }
}
