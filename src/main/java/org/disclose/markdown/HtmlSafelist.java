package org.disclose.markdown;

import java.util.Locale;
import java.util.Set;
import org.disclose.model.PublishedUrl;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The HTML a Markdown body may contain when {@code allowHtml} is on: what CommonMark itself writes, and harmless
 * formatting. No script, no event handler, no {@code style} (the site's CSP forbids inline styles, and a style can
 * hide or imitate the page), no frames, objects, embeds, forms or media, no {@code class} that could borrow the
 * theme's look (the demo banner, a status badge). Every address follows {@link PublishedUrl}, and an image must be a
 * file of this site: the site loads nothing from other servers.
 */
final class HtmlSafelist extends Safelist {

    /** Attributes that hold an address, and whether it is loaded (an image) rather than followed (a link). */
    private static final Set<String> LINKS = Set.of("href", "cite");
    private static final Set<String> LOADS = Set.of("src", "srcset");

    HtmlSafelist() {
        addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
                "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
                "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
                "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
                "time", "tr", "u", "ul", "var", "wbr");
        addAttributes(":all", "title", "lang");
        addAttributes("a", "href");
        addAttributes("abbr", "title");
        addAttributes("blockquote", "cite");
        addAttributes("q", "cite");
        addAttributes("del", "cite", "datetime");
        addAttributes("ins", "cite", "datetime");
        addAttributes("img", "src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding");
        addAttributes("ol", "start", "type", "reversed");
        addAttributes("ul", "type");
        addAttributes("li", "value");
        addAttributes("td", "colspan", "rowspan", "align");
        addAttributes("th", "colspan", "rowspan", "align", "scope", "abbr");
        addAttributes("col", "span");
        addAttributes("colgroup", "span");
        addAttributes("code", "class"); // CommonMark marks a fenced block's language: class="language-java"
        addAttributes("time", "datetime");
        addAttributes("details", "open");
        for (String h : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
            addAttributes(h, "id"); // heading anchors
        }
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        return super.isSafeAttribute(tagName, element, attribute) && addressProblem(attribute) == null;
    }

    static boolean holdsAddress(Attribute attribute) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        return LINKS.contains(name) || LOADS.contains(name);
    }

    /** Why the address an allowed attribute holds is refused, or null (also for attributes that hold none). */
    static String addressProblem(Attribute attribute) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (!holdsAddress(attribute)) {
            return null;
        }
        if (name.equals("srcset")) {
            // a list of candidates, "a-480w.jpg 480w, a.jpg 1600w": each address passes the rule on its own
            for (String candidate : attribute.getValue().split(",")) {
                String[] parts = candidate.strip().split("\\s+");
                String problem = loadProblem(parts[0]);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        return LOADS.contains(name) ? loadProblem(attribute.getValue()) : linkProblem(attribute.getValue());
    }

    private static String linkProblem(String address) {
        PublishedUrl url = PublishedUrl.judge(address);
        return url.allowed() ? null : url.refusal();
    }

    private static String loadProblem(String address) {
        PublishedUrl url = PublishedUrl.judge(address);
        if (!url.allowed()) {
            return url.refusal();
        }
        if (url.kind() != PublishedUrl.Kind.SITE) {
            return "is not a file of this site, and the site loads nothing from other servers";
        }
        return null;
    }
}
