package org.disclose.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclose.diag.SourcePos;

/**
 * The site as a whole: who publishes it (the footer a Chinese government website must carry), where it lives and how
 * it is navigated. Read from {@code content/site.yaml}.
 *
 * @param columnType          the ColumnType every list page declares (国办发〔2017〕47号 page tags) unless its navigation
 *                            entry gives its own; null for the theme's default
 * @param hostPaths           for a column (专栏) inside a department's site: paths on the host, from its root
 *                            ({@code /xxgk/}), that the host's header and footer may link to or load from; the
 *                            link check leaves addresses under them to the host
 * @param conac               the 党政机关网站标识 (开办者标识) code when the mark is on, null when off ({@code conac} in
 *                            site.yaml; the script's address is {@link org.disclose.model.OfficialWidgets#conacScript})
 * @param jiucuo              whether the 我为政府网站找错 entry is on (it needs {@code siteCode})
 * @param feedback            the 留言 link every page shows (a page of this site, or the host's 12345 or 留言 address);
 *                            null when site.yaml gives none
 * @param trustedThemeFolders real paths of the folders outside the site where a linked theme may live
 *                            ({@code themes/gov -> /srv/shared-themes/gov}); see {@link TrustedThemeFolders}
 * @param precompress         which text files get a {@code .gz} copy beside them ({@link Precompression})
 */
public record SiteConfig(
        String title,
        String description,
        String language,
        BaseUrl baseUrl,
        String theme,
        String organiser,
        String operator,
        Contact contact,
        String siteCode,
        String icp,
        String police,
        List<NavItem> navigation,
        List<NavItem> footerLinks,
        boolean demo,
        int pageSize,
        boolean allowHtml,
        List<String> publicContacts,
        List<java.nio.file.Path> trustedThemeFolders,
        String columnType,
        List<String> hostPaths,
        String conac,
        boolean jiucuo,
        NavItem feedback,
        Disclosure disclosure,
        Precompression precompress,
        PhotoSettings images) {

    /** The scripts the pages load from official hosts ({@link org.disclose.model.OfficialWidgets}): none when off. */
    public List<String> officialScripts() {
        return org.disclose.model.OfficialWidgets.scripts(conac, jiucuo);
    }

    /** Phone numbers and addresses the site publishes on purpose: its own contact and those listed. */
    public List<String> publishedContacts() {
        List<String> all = new java.util.ArrayList<>(publicContacts);
        if (contact != null) {
            all.add(contact.phone());
            all.add(contact.email());
        }
        return all;
    }

    /**
     * {@code disclosure:}, the site's defaults for the government-information-disclosure fields of its releases:
     * the organisation code 索引号 are assigned under, and the 发布机构 of a release that names none. Either may be null.
     * {@code given} says the site has the setting at all, which makes the build keep the publication record.
     */
    public record Disclosure(String organisationCode, String publisher, boolean given) {
        public static final Disclosure NONE = new Disclosure(null, null, false);
    }

    /** 联系方式 in the footer. */
    public record Contact(String address, String phone, String email) {
    }

    /**
     * One link of the navigation or the footer: {@code path} is site-relative ({@code releases/}), or, when
     * {@code external}, an address that leaves the site (http(s), mailto:, tel:), published as written.
     */
    public record NavItem(String title, String path, boolean external, SourcePos source, Column column) {
    }

    /**
     * What a navigation entry says of the column (栏目) it leads to, for the page tags of its list pages: each null
     * where site.yaml does not say it.
     */
    public record Column(String description, String keywords, String type) {
        public static final Column UNSAID = new Column(null, null, null);
    }

    /**
     * Where each site path the navigation and footer link to was written in {@code site.yaml}, so that a broken one
     * is reported there rather than at the theme that draws it.
     */
    public Map<String, SourcePos> linkSources() {
        Map<String, SourcePos> sources = new TreeMap<>();
        List<NavItem> all = concat(navigation, footerLinks);
        if (feedback != null) {
            all.add(feedback);
        }
        for (NavItem item : all) {
            if (!item.external()) {
                sources.putIfAbsent(item.path().replaceFirst("[?#].*", ""), item.source());
            }
        }
        return sources;
    }

    private static List<NavItem> concat(List<NavItem> a, List<NavItem> b) {
        List<NavItem> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
