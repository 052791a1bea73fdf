package org.disclose.render.chart;

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
final class Contrast {

    private Contrast() {
    }

    static double againstWhite(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new AssertionError("colours are written as #rrggbb: " + hex);
        }
        double l = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (l + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
