package org.disclose.markdown;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.SourceSpan;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.PublishedUrl;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeTraversor;

/**
 * Raw HTML in a Markdown body, which {@code allowHtml} lets through only as far as {@link HtmlSafelist} allows.
 * Each piece is checked where it is written, so that whatever would be removed is an error at its line: an office
 * should know that its page would not show what it wrote. The whole body is then cleaned with the same list, so that
 * nothing the check could miss (an element split over several pieces, a browser's repair of broken HTML) is
 * published either.
 */
final class RawHtml {

    private static final HtmlSafelist SAFELIST = new HtmlSafelist();
    /** Any start tag, also where the parser would drop it (html, body, frameset) or read it as text. */
    private static final Pattern START_TAG = Pattern.compile("<\\s*([A-Za-z][A-Za-z0-9:-]*)");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

    private RawHtml() {
    }

    /**
     * Reports every element and attribute of one piece of raw HTML that the safelist refuses.
     *
     * @param spans     where each line of the piece was written (0-based lines within the body)
     * @param addresses told where each address it lets through was written, for the link check's messages
     */
    static void check(String html, List<SourceSpan> spans, String path, int firstLine, Diagnostics diagnostics,
                      BiConsumer<String, SourcePos> addresses) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        // the context of a template accepts any element where it stands, table cells included
        List<Node> nodes = parser.parseFragmentInput(html, new Element("template"), "");
        Set<String> reported = new HashSet<>();
        for (Node top : nodes) {
            if (!(top instanceof Element root)) {
                continue;
            }
            for (Element e : root.getAllElements()) {
                SourcePos pos = pos(spans, path, firstLine, e.sourceRange().start().lineNumber(),
                        e.sourceRange().start().columnNumber());
                String tag = e.normalName();
                if (!SAFELIST.isSafeTag(tag)) {
                    reported.add(tag);
                    diagnostics.error(pos, elementRefused(tag));
                    continue;
                }
                for (Attribute a : e.attributes()) {
                    if (!SAFELIST.isSafeAttribute(tag, e, a)) {
                        diagnostics.error(pos, attributeRefused(tag, a));
                    } else if (HtmlSafelist.holdsAddress(a)) {
                        addresses.accept(a.getValue(), pos);
                    }
                }
            }
        }
        Matcher m = START_TAG.matcher(COMMENT.matcher(html).replaceAll(r -> " ".repeat(r.group().length())));
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            if (!SAFELIST.isSafeTag(tag) && reported.add(tag)) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < m.start(); i++) {
                    if (html.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                diagnostics.error(pos(spans, path, firstLine, line, m.start() - lineStart + 1), elementRefused(tag));
            }
        }
    }

    /** The body with everything the safelist refuses removed; reports a body that nests too deeply. */
    static String clean(String html, SourcePos body, Diagnostics diagnostics) {
        Document dirty = Parser.parseBodyFragment(html, "");
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), clean.body());
        if (deepest[0] > MarkdownNesting.TREE_LIMIT) {
            diagnostics.error(body, "the raw HTML of this body nests more than " + MarkdownNesting.TREE_LIMIT
                    + " elements deep: no page needs that; flatten it");
            return "";
        }
        return clean.body().html();
    }

    private static String elementRefused(String tag) {
        return "HTML element <" + PublishedUrl.shown(tag) + "> is not allowed in a Markdown body: remove it (raw HTML "
                + "may format text, tables and lists, but not run scripts, set styles, embed frames, objects, forms "
                + "or media)";
    }

    private static String attributeRefused(String tag, Attribute a) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String problem = HtmlSafelist.addressProblem(a);
        if (problem != null) {
            String what = name.equals("src") ? "image" : "link to";
            return what + " '" + PublishedUrl.shown(a.getValue()) + "' is not allowed: it " + problem;
        }
        String why = name.startsWith("on") ? ": a page may not carry event handlers, which run scripts"
                : name.equals("style") ? ": a page may not carry inline styles (the theme styles every page)"
                : ": remove it";
        return "attribute '" + PublishedUrl.shown(a.getKey()) + "' on <" + tag + "> is not allowed" + why;
    }

    /** The source position of a 1-based line and column of a raw piece. */
    private static SourcePos pos(List<SourceSpan> spans, String path, int firstLine, int line, int col) {
        if (spans.isEmpty()) {
            return new SourcePos(path, firstLine, 1);
        }
        SourceSpan span = spans.get(Math.max(0, Math.min(spans.size() - 1, line - 1)));
        return new SourcePos(path, firstLine + span.getLineIndex(), span.getColumnIndex() + Math.max(1, col));
    }
}
