package org.disclose.render.view;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code layouts/base.mustache} needs around a page's content: the site, the strings, navigation,
 * breadcrumbs and where the page sits ({@code root} is the relative way back to the site root, e.g. {@code ../../}).
 * {@code feedPath} and {@code searchPath} are the feed's and the search page's addresses below {@code root}, given by
 * the address scheme, so no template writes them. {@code pageTags} are the page's government-website tags
 * (SiteName, ColumnName, ArticleTitle …), already chosen for its kind. {@code feedback} is the site's 留言 link (null
 * when none), {@code siteMapPath} the 网站地图's address below {@code root} when the footer links are without it (else
 * null), and {@code jiucuoPage} the 我为政府网站找错 page for this page (null while the entry is off).
 */
public record PageFrame(
        SiteView site,
        Map<String, String> t,
        String root,
        String title,
        String fullTitle,
        String description,
        String canonical,
        String bodyClass,
        List<Link> navigation,
        List<Link> footerLinks,
        List<Link> breadcrumbs,
        Map<String, String> asset,
        String feedPath,
        String searchPath,
        List<PageTag> pageTags,
        Link feedback,
        String siteMapPath,
        String jiucuoPage) {

    public boolean hasFooterLinks() {
        return !footerLinks.isEmpty();
    }

    public boolean hasNavigation() {
        return !navigation.isEmpty();
    }

    /** The home page shows no trail; every other page shows at least 首页 › itself. */
    public boolean hasBreadcrumbs() {
        return breadcrumbs.size() > 1;
    }
}
