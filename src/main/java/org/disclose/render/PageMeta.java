package org.disclose.render;

import java.util.List;
import org.disclose.model.ContentDate;

/**
 * What kind of page a route is for the page tags of the rules for government websites (国办发〔2017〕47号): a
 * column's list (栏目页: ColumnName …) or an article (文章页: ArticleTitle, PubDate …). Pages of neither kind carry the
 * site's tags only. Every value comes from content; one not given is left out, never made up.
 *
 * @param published the article's publication date, at the precision the content gives it (a time only when given)
 * @param keywords  the article's keywords (a release's tags)
 * @param image     the site path of the article's lead image, or null
 */
public record PageMeta(boolean column, ContentDate published, String source, List<String> keywords, String author,
                       String description, String image) {

    public static final PageMeta COLUMN = new PageMeta(true, null, null, List.of(), null, null, null);

    public PageMeta {
        keywords = List.copyOf(keywords);
    }

    public static PageMeta article(ContentDate published, String source, List<String> keywords, String description,
                                   String image) {
        return new PageMeta(false, published, source, keywords, null, description, image);
    }

    /** The same article with its author (the Author tag): a release's 发布机构. */
    public PageMeta by(String name) {
        return new PageMeta(column, published, source, keywords, name, description, image);
    }

    public boolean article() {
        return !column;
    }
}
