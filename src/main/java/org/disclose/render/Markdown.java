package org.disclose.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Markdown → HTML, configured once per build and shared by all threads (commonmark-java's parser and renderer are
 * immutable once built). Raw HTML is escaped unless the site allows it. Links and images are checked where they are
 * written: a script or data URL is an error, and so is an image without alt text.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(),
            // A prefix keeps heading ids from clashing with the theme's own (main, latest ...).
            HeadingAnchorExtension.builder().idPrefix("h-").build());
    private static final List<String> UNSAFE_SCHEMES = List.of("javascript:", "vbscript:", "data:", "file:");

    /** Where each link of each body was written: "path\0destination" → position (first in its file). */
    private final Map<String, SourcePos> linkPositions = new ConcurrentHashMap<>();
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final String tableOpen;

    /** @param tableLabel what a screen reader announces for a scrollable table region (from the theme's strings) */
    public Markdown(boolean allowHtml, String tableLabel) {
        this.tableOpen = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\""
                + Html.escape(tableLabel) + "\"><table>";
        this.parser = Parser.builder().extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(!allowHtml)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    // screen readers announce a column's header with each cell only when the header says so
                    if (node instanceof org.commonmark.ext.gfm.tables.TableCell cell && cell.isHeader()) {
                        attributes.put("scope", "col");
                    }
                })
                .build();
    }

    /** Renders a body that starts at {@code firstLine} of {@code path}, reporting unsafe links and images there. */
    public String toHtml(String markdown, String path, int firstLine, Diagnostics diagnostics) {
        Node document = parser.parse(markdown);
        Map<String, SourcePos> positions = new java.util.HashMap<>();
        document.accept(new LinkCheck(path, firstLine, diagnostics, positions));
        linkPositions.putAll(positions); // a file read again replaces where its links were
        return wrapTables(renderer.render(document));
    }

    /**
     * Wide tables scroll inside their own focusable region instead of making the page scroll sideways on a phone.
     * With raw HTML escaped, every {@code <table>} here comes from a GFM table.
     */
    private String wrapTables(String html) {
        if (!html.contains("<table>")) {
            return html;
        }
        return html.replace("<table>", tableOpen).replace("</table>", "</table></div>");
    }

    /** Where {@code href} was written in the content file of {@code page}, or the page's own position. */
    public SourcePos linkPosition(SourcePos page, String href) {
        return linkPositions.getOrDefault(page.path() + "\u0000" + href, page);
    }

    static boolean unsafe(String destination) {
        String d = destination.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        return UNSAFE_SCHEMES.stream().anyMatch(d::startsWith);
    }

    private static final class LinkCheck extends AbstractVisitor {
        private final String path;
        private final int firstLine;
        private final Diagnostics diagnostics;
        private final Map<String, SourcePos> positions;

        LinkCheck(String path, int firstLine, Diagnostics diagnostics, Map<String, SourcePos> positions) {
            this.path = path;
            this.firstLine = firstLine;
            this.diagnostics = diagnostics;
            this.positions = positions;
        }

        @Override
        public void visit(Link link) {
            positions.putIfAbsent(path + "\u0000" + link.getDestination(), pos(link));
            if (unsafe(link.getDestination())) {
                diagnostics.error(pos(link), "link to '" + link.getDestination() + "' is not allowed: links may not "
                        + "run scripts or embed data; link to a page or a file instead");
                link.setDestination("#");
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            positions.putIfAbsent(path + "\u0000" + image.getDestination(), pos(image));
            if (unsafe(image.getDestination())) {
                diagnostics.error(pos(image), "image '" + image.getDestination() + "' is not allowed: use an image "
                        + "file, not a script or data URL");
                image.setDestination("#");
            }
            if (altText(image).isBlank()) {
                diagnostics.error(pos(image), "image '" + image.getDestination() + "' has no alt text: say what it "
                        + "shows, as ![某河段整治后的照片](" + image.getDestination() + ")");
            }
        }

        private SourcePos pos(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return new SourcePos(path, firstLine, 1);
            }
            return new SourcePos(path, firstLine + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
        }

        private static String altText(Node image) {
            StringBuilder s = new StringBuilder();
            for (Node n = image.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text text) {
                    s.append(text.getLiteral());
                } else {
                    s.append(altText(n));
                }
            }
            return s.toString();
        }
    }
}
