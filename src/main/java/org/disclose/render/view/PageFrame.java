package org.disclose.render.view;

import java.util.List;
import java.util.Map;
import org.disclose.render.SiteAddresses;

/**
 * Everything {@code layouts/base.mustache} needs around a page's content: the site, the strings, navigation,
 * breadcrumbs and where the page sits ({@code root} is the relative way back to the site root, e.g. {@code ../../}).
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
        Map<String, String> asset) {

    /** The feed's address below {@code root}: the address scheme's, so no template writes it. */
    public String feedPath() {
        return SiteAddresses.FEED;
    }

    /** The search page's address below {@code root}. */
    public String searchPath() {
        return SiteAddresses.SEARCH;
    }

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
