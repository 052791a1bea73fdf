package org.disclose.render.chart;

import java.util.regex.Pattern;

/**
 * Writes the SVG markup of one chart. Every text and attribute value passes through {@link #escape}, numbers through
 * {@link #num}, and styling is done with presentation attributes only: the site's Content-Security-Policy forbids
 * inline {@code style}, and a chart must carry no script and reference nothing outside itself.
 */
final class Svg {

    /** Safe unescaped in an id, in aria-labelledby (space-separated) and in a CSS selector. */
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final StringBuilder out = new StringBuilder(8192);

    /**
     * Opens the root. The title and description come first and are named by aria-labelledby, so a screen reader
     * announces them as the image's name and description; ids start with the caller's prefix so that several charts
     * on one page do not clash.
     */
    Svg(String kind, String idPrefix, double width, double height, String title, String description) {
        if (idPrefix == null || !ID.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("chart id prefix must be an ASCII letter followed by letters, digits,"
                    + " '-' or '_': " + idPrefix);
        }
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ')
                .append(descId).append("\" class=\"chart chart-").append(kind).append("\">\n")
                .append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"").append(descId).append("\">").append(escape(description)).append("</desc>\n");
    }

    Svg group(String cssClass) {
        out.append("<g class=\"").append(cssClass).append("\">\n");
        return this;
    }

    Svg end() {
        out.append("</g>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h)))
                .append("\" fill=\"").append(fill).append("\"/>\n");
        return this;
    }

    /** A line; {@code dash} is a stroke-dasharray or null for a solid line. */
    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>\n");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke, double width) {
        out.append("<polyline points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        out.append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width))
                .append("\" stroke-linejoin=\"round\"/>\n");
        return this;
    }

    /** A point marker, ringed in white so that it stands out where it sits on the line. */
    Svg dot(double cx, double cy, double r, String fill) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(ChartStyle.WHITE)
                .append("\" stroke-width=\"2\"/>\n");
        return this;
    }

    /**
     * One line of text at baseline {@code y}. When {@code fullText} differs from what is shown (the label was cut
     * short), it goes in a {@code <title>} child so that it is still available as a tooltip and in the source.
     */
    Svg text(double x, double y, String anchor, String shown, String fullText) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(ChartStyle.FONT)).append("\" fill=\"").append(ChartStyle.INK).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        out.append('>');
        if (fullText != null && !fullText.equals(shown)) {
            out.append("<title>").append(escape(fullText)).append("</title>");
        }
        out.append(escape(shown)).append("</text>\n");
        return this;
    }

    Svg text(double x, double y, String anchor, String shown) {
        return text(x, y, anchor, shown, null);
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }

    /**
     * Escapes XML specials, quotes included so the same text is safe in attributes, and drops what XML 1.0 forbids
     * outright (control characters, lone surrogates): one stray byte in a title must not make the page unparsable.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (allowedInXml(cp)) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * A coordinate with at most one decimal, built from integer arithmetic so that it never depends on the default
     * locale and never prints NaN, Infinity, E notation or "-0".
     */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        // Far beyond any viewBox; clamped so that the long arithmetic below cannot overflow.
        long tenths = Math.round(Math.max(-1e12, Math.min(1e12, value)) * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        long whole = abs / 10;
        long frac = abs % 10;
        return frac == 0 ? sign + whole : sign + whole + "." + frac;
    }
}
