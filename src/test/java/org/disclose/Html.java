package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A built page read for what it means rather than for the default theme's exact markup: its text, its heading, the
 * addresses its links and scripts point to. For tests of the engine, which should not fail when the theme moves a
 * {@code <span>}. (Tests of the theme itself may well assert on markup.)
 */
public final class Html {

    private final String source;
    private final Document doc;

    private Html(String source) {
        this.source = source;
        this.doc = Jsoup.parse(source);
    }

    public static Html of(String html) {
        return new Html(html);
    }

    /** The page's text as a reader sees it, white space collapsed (block elements separated by a space). */
    public String text() {
        return doc.body().text();
    }

    /** The text of the page's one {@code h1}. */
    public String h1() {
        return one("h1").text();
    }

    /** The text of every element that matches a CSS selector, in page order. */
    public List<String> texts(String css) {
        return doc.select(css).eachText();
    }

    /** The value of {@code attribute} on every element that matches a CSS selector, in page order. */
    public List<String> attrs(String css, String attribute) {
        return doc.select(css).eachAttr(attribute);
    }

    /** The one element that matches a CSS selector; fails, showing what there is, when there is not exactly one. */
    public Element one(String css) {
        List<Element> found = doc.select(css);
        assertEquals(1, found.size(), () -> "elements matching " + css + " in " + excerpt());
        return found.get(0);
    }

    private String excerpt() {
        return source.length() > 2000 ? source.substring(0, 2000) + "…" : source;
    }

    @Override
    public String toString() {
        return excerpt();
    }
}
