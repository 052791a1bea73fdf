package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclose.config.SiteConfig;
import org.disclose.model.ContentDate;
import org.disclose.render.view.PageTag;

/**
 * The page tags (页面元数据) the rules for government websites (国办发〔2017〕47号) ask of every page: the site's on every
 * page (SiteName, SiteDomain, SiteIDCode); a column's on its list pages (ColumnName, ColumnDescription,
 * ColumnKeywords, ColumnType); an article's on releases, pages, cases and tasks (ArticleTitle, PubDate,
 * ContentSource, Keywords, Author, Description, Image, Url). A value the content does not give is left out.
 */
final class PageTags {

    private final SiteConfig config;
    private final Strings strings;

    PageTags(SiteConfig config, Strings strings) {
        this.config = config;
        this.strings = strings;
    }

    List<PageTag> of(Route route, String canonical) {
        List<PageTag> tags = new ArrayList<>(12);
        add(tags, "SiteName", config.title());
        add(tags, "SiteDomain", config.baseUrl().domain());
        add(tags, "SiteIDCode", config.siteCode());
        PageMeta meta = route.meta();
        if (meta == null) {
            return tags;
        }
        if (meta.column()) {
            SiteConfig.NavItem item = column(route.path());
            SiteConfig.Column column = item == null ? SiteConfig.Column.UNSAID : item.column();
            String name = item == null ? route.title() : item.title();
            add(tags, "ColumnName", name);
            add(tags, "ColumnDescription", first(column.description(), route.description(), config.description()));
            add(tags, "ColumnKeywords", first(column.keywords(), name));
            add(tags, "ColumnType", first(column.type(), config.columnType(), strings.get("columnType")));
        } else {
            add(tags, "ArticleTitle", route.title());
            add(tags, "PubDate", pubDate(meta.published()));
            add(tags, "ContentSource", meta.source());
            add(tags, "Keywords", meta.keywords().isEmpty() ? null : String.join(",", meta.keywords()));
            add(tags, "Author", meta.author());
            add(tags, "Description", first(meta.description(), route.description()));
            add(tags, "Image", meta.image() == null ? null : config.baseUrl().absolute(meta.image()));
            add(tags, "Url", canonical);
        }
        return tags;
    }

    /** {@code 2023-05-10 09:30} when the content gives the time, {@code 2023-05-10} when it does not. */
    static String pubDate(ContentDate date) {
        if (date == null) {
            return null;
        }
        return date.time() == null ? date.day().toString()
                : date.day() + " " + String.format(Locale.ROOT, "%02d:%02d", date.time().getHour(),
                        date.time().getMinute());
    }

    /** The navigation entry whose column holds this path: the longest site path it starts with, home aside. */
    private SiteConfig.NavItem column(String path) {
        SiteConfig.NavItem found = null;
        for (SiteConfig.NavItem item : config.navigation()) {
            if (!item.external() && !item.path().isEmpty() && path.startsWith(item.path())
                    && (found == null || item.path().length() > found.path().length())) {
                found = item;
            }
        }
        return found;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static void add(List<PageTag> tags, String name, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new PageTag(name, content));
        }
    }
}
