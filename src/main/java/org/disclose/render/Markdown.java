package org.disclose.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown → HTML, configured once per build and shared by all threads (commonmark-java's parser and renderer are
 * immutable once built). Raw HTML is escaped unless the site allows it; unsafe link schemes are neutralised as a last
 * line of defence behind the content checks.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(),
            // A prefix keeps heading ids from clashing with the theme's own (main, latest ...).
            HeadingAnchorExtension.builder().idPrefix("h-").build());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final String tableOpen;

    /** @param tableLabel what a screen reader announces for a scrollable table region (from the theme's strings) */
    public Markdown(boolean allowHtml, String tableLabel) {
        this.tableOpen = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\""
                + Html.escape(tableLabel) + "\"><table>";
        this.parser = Parser.builder().extensions(EXTENSIONS).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(!allowHtml)
                .sanitizeUrls(true)
                .build();
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node document) {
        return wrapTables(renderer.render(document));
    }

    public String toHtml(String markdown) {
        return render(parse(markdown));
    }

    /**
     * Wide tables scroll inside their own focusable region instead of making the page scroll sideways on a phone.
     * Raw HTML is escaped, so every {@code <table>} here comes from a GFM table.
     */
    private String wrapTables(String html) {
        if (!html.contains("<table>")) {
            return html;
        }
        return html.replace("<table>", tableOpen).replace("</table>", "</table></div>");
    }
}
