package org.disclose.render.chart;

import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses a rendered chart and checks what every chart must satisfy, whatever its data. */
final class SvgAssert {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final Path EXAMPLES = Path.of("target", "chart-examples");

    private SvgAssert() {
    }

    /** Parses (proving well-formedness) and checks the rules common to all charts; returns the root. */
    static Element check(String svg, String idPrefix) {
        assertNotContains(svg, "NaN");
        assertNotContains(svg, "Infinity");
        Element root = parse(svg).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals(idPrefix + "-title " + idPrefix + "-desc", root.getAttribute("aria-labelledby"));
        assertFalse(root.hasAttribute("width") || root.hasAttribute("height"), "the viewBox alone sets the size");
        assertTrue(root.getAttribute("class").startsWith("chart chart-"), root.getAttribute("class"));
        assertEquals(4, viewBox(root).length);

        List<Element> children = childElements(root);
        assertEquals("title", children.get(0).getLocalName(), "title comes first");
        assertEquals(idPrefix + "-title", children.get(0).getAttribute("id"));
        assertEquals("desc", children.get(1).getLocalName(), "desc comes second");
        assertEquals(idPrefix + "-desc", children.get(1).getAttribute("id"));

        double width = viewBox(root)[2];
        for (Element text : all(root, "text")) {
            double px = num(text, "font-size") * 320 / width;
            // A chart that kept its standard width must stay legible on a 320 px phone column.
            assertTrue(width > ChartStyle.WIDTH || px >= 14, "text is " + px + " px at 320 px wide");
        }

        Set<String> ids = new HashSet<>();
        for (Element e : all(root)) {
            assertEquals(SVG_NS, e.getNamespaceURI(), "every element is SVG: " + e.getTagName());
            assertFalse(e.getLocalName().equals("script") || e.getLocalName().equals("foreignObject")
                    || e.getLocalName().equals("style") || e.getLocalName().equals("image")
                    || e.getLocalName().equals("use"), "nothing active or external: " + e.getLocalName());
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
                assertFalse(name.equals("style"), "no inline style (CSP without unsafe-inline)");
                assertFalse(name.startsWith("on"), "no event handlers: " + name);
                assertFalse(name.equals("href") || name.equals("font-family"), "no references, no font: " + name);
                assertNotContains(a.getValue(), "url(", "no url() references");
            }
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), "ids are unique");
                assertTrue(e.getAttribute("id").startsWith(idPrefix + "-"), "ids carry the prefix");
            }
            checkColours(e);
        }
        return root;
    }

    /** WCAG contrast against the white page: 4.5:1 for text, 3:1 for graphics. White itself is an edge, not a mark. */
    private static void checkColours(Element e) {
        for (String attr : new String[] {"fill", "stroke"}) {
            String colour = e.getAttribute(attr);
            if (colour.isEmpty() || colour.equals("none") || colour.equals("#ffffff")) {
                continue;
            }
            double needed = e.getLocalName().equals("text") ? 4.5 : 3.0;
            double contrast = Contrast.againstWhite(colour);
            assertTrue(contrast >= needed, e.getLocalName() + " " + attr + "=" + colour + " contrast " + contrast);
        }
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            return fail("not well-formed XML: " + e.getMessage() + "\n" + svg);
        }
    }

    static double[] viewBox(Element root) {
        String[] parts = root.getAttribute("viewBox").trim().split(" ");
        double[] box = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            box[i] = Double.parseDouble(parts[i]);
        }
        return box;
    }

    static List<Element> all(Element root) {
        List<Element> out = new ArrayList<>();
        NodeList list = root.getElementsByTagNameNS(SVG_NS, "*");
        out.add(root);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> all(Element root, String localName) {
        return all(root).stream().filter(e -> e.getLocalName().equals(localName)).toList();
    }

    static List<Element> childElements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The elements of the group with this class (e.g. "chart-values"). */
    static List<Element> inGroup(Element root, String cssClass) {
        Element group = all(root, "g").stream().filter(g -> g.getAttribute("class").equals(cssClass)).findFirst()
                .orElse(null);
        assertNotNull(group, "group " + cssClass);
        return childElements(group);
    }

    /** What a text element shows: its own text, without the tooltip title of a cut label. */
    static String shown(Element text) {
        StringBuilder b = new StringBuilder();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    static List<String> shownTexts(Element root, String groupClass) {
        return inGroup(root, groupClass).stream().filter(e -> e.getLocalName().equals("text"))
                .map(SvgAssert::shown).toList();
    }

    static double num(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }

    /** Writes the chart to target/chart-examples/NAME.svg, for a human to look at. */
    static void save(String name, String svg) {
        try {
            Files.createDirectories(EXAMPLES);
            Files.writeString(EXAMPLES.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            fail(e);
        }
    }
}
