package org.disclose.markdown;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
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
import org.disclose.model.PhotoSizes;
import org.disclose.model.PublishedUrl;

/**
 * Markdown → HTML, configured once per build and shared by all threads (commonmark-java's parser and renderer are
 * immutable once built). Raw HTML is escaped unless the site allows it, and then cleaned by {@link HtmlSafelist}.
 * Links and images are checked where they are written, by the rule for every published address
 * ({@link PublishedUrl}); an image must be a file of this site and have alt text; one of the owner's own photos is
 * drawn in every width it is published in ({@link SizedImage}).
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(),
            // A prefix keeps heading ids from clashing with the theme's own (main, latest ...).
            HeadingAnchorExtension.builder().idPrefix("h-").build());

    /** Where each link of each body was written: "path\0destination" → position (first in its file). */
    private final Map<String, SourcePos> linkPositions = new ConcurrentHashMap<>();
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final String tableOpen;
    private final boolean allowHtml;

    /** @param tableLabel what a screen reader announces for a scrollable table region (from the theme's strings) */
    public Markdown(boolean allowHtml, String tableLabel) {
        this(allowHtml, tableLabel, PhotoSizes.DEFAULT);
    }

    /** @param photoSizes the widths a body's own photos are published in, for their {@code srcset} */
    public Markdown(boolean allowHtml, String tableLabel, PhotoSizes photoSizes) {
        this.allowHtml = allowHtml;
        this.tableOpen = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\""
                + Html.escape(tableLabel) + "\"><table>";
        this.parser = Parser.builder().extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(!allowHtml)
                .nodeRendererFactory(context -> new SizedImage.Renderer(context, photoSizes))
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    // screen readers announce a column's header with each cell only when the header says so
                    if (node instanceof org.commonmark.ext.gfm.tables.TableCell cell && cell.isHeader()) {
                        attributes.put("scope", "col");
                    }
                })
                .build();
    }

    /**
     * Renders a body that starts at {@code firstLine} of {@code path}, reporting there what may not be published:
     * nesting past {@link MarkdownNesting#LIMIT}, addresses refused by {@link PublishedUrl}, images from other
     * servers or without alt text, and raw HTML outside {@link HtmlSafelist}. What is refused is also left out of
     * the HTML (an address becomes {@code #}, raw HTML is cleaned), so it reaches no page even if the error were
     * ignored; a body nested too deeply renders as nothing.
     */
    public String toHtml(String markdown, String path, int firstLine, Diagnostics diagnostics) {
        return toHtml(markdown, path, firstLine, diagnostics, BodyPhotos.NONE);
    }

    /**
     * As {@link #toHtml(String, String, int, Diagnostics)}, for a body that owns a folder: each image that
     * {@code photos} knows is drawn as that photo, in every width it is published in.
     */
    public String toHtml(String markdown, String path, int firstLine, Diagnostics diagnostics, BodyPhotos photos) {
        MarkdownNesting.Place deep = MarkdownNesting.tooDeep(markdown);
        if (deep != null) {
            diagnostics.error(new SourcePos(path, firstLine + deep.line(), deep.column() + 1), tooDeep());
            return "";
        }
        Node document;
        try {
            document = parser.parse(markdown);
        } catch (StackOverflowError e) {
            // the estimate above is generous, but the parser is recursive: never let a body end the build
            diagnostics.error(new SourcePos(path, firstLine, 1), tooDeep());
            return "";
        }
        Node deepest = MarkdownNesting.deepestNode(document);
        if (deepest != null) {
            diagnostics.error(position(path, firstLine, deepest), tooDeep());
            return "";
        }
        Map<String, SourcePos> positions = new java.util.HashMap<>();
        Check check = new Check(path, firstLine, diagnostics, positions, photos);
        document.accept(check);
        check.sized.forEach((image, sized) -> {
            image.insertAfter(sized);
            image.unlink();
        });
        linkPositions.putAll(positions); // a file read again replaces where its links were
        String html = renderer.render(document);
        if (allowHtml) {
            html = RawHtml.clean(html, new SourcePos(path, firstLine, 1), diagnostics);
        }
        return wrapTables(html);
    }

    /** Where {@code node} was written: its own first span, or its nearest ancestor's. */
    private static SourcePos position(String path, int firstLine, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return new SourcePos(path, firstLine + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
            }
        }
        return new SourcePos(path, firstLine, 1);
    }

    private static String tooDeep() {
        return "Markdown nested more than " + MarkdownNesting.LIMIT + " levels deep (block quotes, lists, emphasis, "
                + "links or images inside one another): no page needs that; flatten it";
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

    /**
     * Where the links of every body rendered were written ("path\0destination" → position), to keep with what was
     * read between builds ({@code KeptReads}); the map itself, which {@link #toHtml} goes on filling.
     */
    public Map<String, SourcePos> linkPositions() {
        return linkPositions;
    }

    /** Where {@code href} was written in the content file of {@code page}, or the page's own position. */
    public SourcePos linkPosition(SourcePos page, String href) {
        return linkPositions.getOrDefault(page.path() + "\u0000" + href, page);
    }

    private final class Check extends AbstractVisitor {
        private final String path;
        private final int firstLine;
        private final Diagnostics diagnostics;
        private final Map<String, SourcePos> positions;
        private final BodyPhotos photos;
        /** The images that are the owner's photos, replaced once the walk is over. */
        private final Map<Image, SizedImage> sized = new java.util.LinkedHashMap<>();

        Check(String path, int firstLine, Diagnostics diagnostics, Map<String, SourcePos> positions,
              BodyPhotos photos) {
            this.photos = photos;
            this.path = path;
            this.firstLine = firstLine;
            this.diagnostics = diagnostics;
            this.positions = positions;
        }

        @Override
        public void visit(Link link) {
            PublishedUrl url = PublishedUrl.judge(link.getDestination());
            if (!url.allowed()) {
                diagnostics.error(pos(link), "link to '" + PublishedUrl.shown(link.getDestination())
                        + "' is not allowed: it " + url.refusal());
                link.setDestination("#");
            } else {
                link.setDestination(url.href());
            }
            positions.putIfAbsent(path + "\u0000" + link.getDestination(), pos(link));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            String written = image.getDestination();
            PublishedUrl url = PublishedUrl.judge(written);
            if (!url.allowed()) {
                diagnostics.error(pos(image), "image '" + PublishedUrl.shown(written) + "' is not allowed: it "
                        + url.refusal());
                image.setDestination("#");
            } else if (url.kind() != PublishedUrl.Kind.SITE) {
                diagnostics.error(pos(image), "image '" + PublishedUrl.shown(written) + "' is not allowed: the site "
                        + "loads nothing from other servers (its pages forbid it, and a visitor's address would reach "
                        + "them); publish the image with a typical case and show it from there");
                image.setDestination("#");
            }
            positions.putIfAbsent(path + "\u0000" + image.getDestination(), pos(image));
            String alt = altText(image);
            if (alt.isBlank()) {
                diagnostics.error(pos(image), "image '" + PublishedUrl.shown(written) + "' has no alt text: say what "
                        + "it shows, as ![某河段整治后的照片](" + PublishedUrl.shown(written) + ")");
            } else if (url.allowed() && url.kind() == PublishedUrl.Kind.SITE) {
                photos.photo(image.getDestination(), alt.strip(), pos(image))
                        .ifPresent(photo -> sized.put(image, new SizedImage(photo, alt.strip())));
            }
            visitChildren(image);
        }

        @Override
        public void visit(HtmlBlock html) {
            if (allowHtml) {
                RawHtml.check(html.getLiteral(), html.getSourceSpans(), path, firstLine, diagnostics,
                        (href, pos) -> positions.putIfAbsent(path + "\u0000" + href, pos));
            }
        }

        @Override
        public void visit(HtmlInline html) {
            if (allowHtml) {
                RawHtml.check(html.getLiteral(), html.getSourceSpans(), path, firstLine, diagnostics,
                        (href, pos) -> positions.putIfAbsent(path + "\u0000" + href, pos));
            }
        }

        private SourcePos pos(Node node) {
            return position(path, firstLine, node);
        }

        /** The text of an image's description; its depth is bounded by {@link MarkdownNesting}. */
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
