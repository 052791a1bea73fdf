package org.disclose.render;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclose.config.SiteConfig;
import org.disclose.render.chart.QrCode;
import org.disclose.model.OfficialWidgets;
import org.disclose.render.view.Link;
import org.disclose.render.view.PageFrame;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.SiteView;

/**
 * Draws a route: its layout renders the main content, then {@code base} wraps it in the page frame. Thread-safe:
 * one renderer serves every rendering thread of a build.
 */
public final class Renderer {

    public static final String BASE = "base";

    private final Templates templates;
    private final SiteConfig config;
    private final SiteView site;
    private final Strings strings;
    private final Map<String, String> assetPaths;
    private final String titleSeparator;
    private final PageTags pageTags;
    /** Whether the footer links already lead to the 网站地图, which every footer links to otherwise. */
    private final boolean siteMapInFooter;

    /** @param assetPaths theme asset keys ({@code site_css}) → site-relative paths ({@code assets/site.css}) */
    public Renderer(Templates templates, SiteConfig config, Strings strings, Map<String, String> assetPaths) {
        this.templates = templates;
        this.config = config;
        this.site = SiteView.of(config);
        this.strings = strings;
        this.assetPaths = assetPaths;
        this.titleSeparator = strings.get("titleSeparator");
        this.pageTags = new PageTags(config, strings);
        this.siteMapInFooter = config.footerLinks().stream()
                .anyMatch(l -> !l.external() && l.path().equals(SiteAddresses.SITE_MAP_PAGE));
    }

    /** The page's HTML. */
    public String render(Route route) {
        PageFrame frame = frame(route);
        StringWriter main = new StringWriter(16 * 1024);
        templates.render(route.layout(), main, frame, route.main(), furniture(route, frame.canonical()));
        StringWriter page = new StringWriter(main.getBuffer().length() + 8 * 1024);
        templates.render(BASE, page, frame, route.main(), Map.of("content", main.toString()));
        return page.toString();
    }

    /**
     * An article's {@code furniture} (上一篇 / 下一篇, 相关阅读) and {@code qrCode} (扫码阅读: its address, encoded here,
     * once per page and only for a page that is rendered); nothing for other pages.
     */
    private static Map<String, Object> furniture(Route route, String canonical) {
        if (route.furniture() == null) {
            return Map.of();
        }
        QrCode qr = QrCode.of(canonical);
        return qr == null ? Map.of("furniture", route.furniture())
                : Map.of("furniture", route.furniture(), "qrCode", qr);
    }

    /** Site links as seen from one page: relative to it, and marked current for the page or its section. */
    private static List<Link> links(List<SiteConfig.NavItem> items, Route route, String root) {
        List<Link> links = new ArrayList<>(items.size());
        for (SiteConfig.NavItem item : items) {
            boolean external = item.external();
            String current = external ? null
                    : route.path().equals(item.path()) ? "page"
                    : !item.path().isEmpty() && route.path().startsWith(item.path()) ? "true" : null;
            links.add(new Link(item.title(), external ? item.path() : root + item.path(), current));
        }
        return links;
    }

    private PageFrame frame(Route route) {
        // The 404 page is served at whatever address was not found, so it links from the site's absolute path.
        String root = route.file().equals(SiteAddresses.NOT_FOUND) ? config.baseUrl().path() : route.root();
        List<Link> nav = links(config.navigation(), route, root);
        List<Link> footer = links(config.footerLinks(), route, root);
        List<Link> crumbs = new ArrayList<>(route.trail().size() + 1);
        for (PathLink l : route.trail()) {
            crumbs.add(new Link(l.title(), root + l.path(), null));
        }
        if (!route.path().isEmpty()) {
            crumbs.add(new Link(route.title(), null, "page"));
        }
        Map<String, String> asset = new java.util.HashMap<>(assetPaths.size());
        assetPaths.forEach((key, path) -> asset.put(key, root + path));
        String fullTitle = route.path().isEmpty() ? site.title() : route.title() + titleSeparator + site.title();
        String canonical = config.baseUrl().absolute(route.path());
        Link feedback = config.feedback() == null ? null : links(List.of(config.feedback()), route, root).get(0);
        if (feedback != null && feedback.title() == null) {
            feedback = new Link(strings.get("feedbackLink"), feedback.href(), feedback.current());
        }
        return new PageFrame(site, strings.all(), root, route.title(), fullTitle,
                route.description() != null ? route.description() : site.description(),
                canonical, route.layout(), nav, footer, crumbs, Map.copyOf(asset),
                SiteAddresses.FEED, SiteAddresses.SEARCH, pageTags.of(route, canonical), feedback,
                siteMapInFooter ? null : SiteAddresses.SITE_MAP_PAGE,
                config.jiucuo() ? OfficialWidgets.jiucuoPage(config.siteCode(), canonical) : null);
    }
}
