package org.disclose.render.chart;

import org.w3c.dom.Element;

/** Where a text element's estimated box lies, by the same generous estimate the charts lay out with. */
final class Layout {

    private Layout() {
    }

    static double left(Element text) {
        double x = SvgAssert.num(text, "x");
        double w = TextFit.width(SvgAssert.shown(text));
        return switch (text.getAttribute("text-anchor")) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
    }

    static double right(Element text) {
        return left(text) + TextFit.width(SvgAssert.shown(text));
    }
}
