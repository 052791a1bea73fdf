package org.disclose.render;

import java.util.List;
import org.disclose.diag.SourcePos;
import org.disclose.model.ContentDate;
import org.disclose.render.view.ArticleFurniture;
import org.disclose.render.view.PathLink;

/**
 * One output page: where it goes, which layout draws it, and the view that layout reads.
 *
 * @param path site-relative URL path: {@code ""} for the home page, {@code releases/a/} for a folder page (written as
 *             {@code releases/a/index.html}), or a file name such as {@code 404.html}
 * @param trail breadcrumbs above this page, home first; 
 * @param source the content file this page comes from, for messages about URL clashes
 * @param modified when the page's content last changed, or null when the content does not say
 * @param meta     a column's list or an article, for the page tags; null for other pages
 * @param furniture an article's 上一篇 / 下一篇 and 相关阅读, with 扫码阅读 drawn at rendering; null for other pages
 */
public record Route(String path, String layout, String title, String description, List<PathLink> trail, Object main,
                    SourcePos source, ContentDate modified, PageMeta meta, ArticleFurniture furniture) {

    public Route(String path, String layout, String title, String description, List<PathLink> trail, Object main,
                 SourcePos source) {
        this(path, layout, title, description, trail, main, source, null, null, null);
    }

    /** The same page, known to have last changed on {@code date} (for the sitemap). */
    public Route modifiedOn(ContentDate date) {
        return new Route(path, layout, title, description, trail, main, source, date, meta, furniture);
    }

    /** The same page, declared a list of its column (栏目页) in the page tags. */
    public Route asColumn() {
        return new Route(path, layout, title, description, trail, main, source, modified, PageMeta.COLUMN, furniture);
    }

    /** The same page, declared an article (文章页) in the page tags. */
    public Route asArticle(PageMeta article) {
        return new Route(path, layout, title, description, trail, main, source, modified, article, furniture);
    }

    /** The same page, with what an article shows below its text (上一篇 / 下一篇, 相关阅读, 扫码阅读). */
    public Route withFurniture(ArticleFurniture articleFurniture) {
        return new Route(path, layout, title, description, trail, main, source, modified, meta, articleFurniture);
    }

    /** The file this route is written to, relative to the output folder. */
    public String file() {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The relative way back to the site root from this page: {@code ./}, {@code ../}, {@code ../../} ... */
    public String root() {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
