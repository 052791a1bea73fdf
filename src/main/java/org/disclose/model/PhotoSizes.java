package org.disclose.model;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/**
 * How photos are published: the widths each is published in, the JPEG quality, and the {@code sizes} a page gives
 * the browser to choose among them (theme defaults, which the site's settings may override).
 *
 * @param widths  the widths in pixels, ascending, each at least 1
 * @param quality the JPEG quality, 1 to 100
 * @param sizes   the HTML {@code sizes} attribute: how wide the theme shows a body image
 */
public record PhotoSizes(List<Integer> widths, int quality, String sizes) implements Serializable {

    /** Phones, tablets and desktops at about twice their CSS width; what the default theme declares. */
    public static final PhotoSizes DEFAULT = new PhotoSizes(List.of(480, 960, 1600), 80,
            "(min-width: 52em) 46em, 100vw");

    /** A published image over this many bytes gets a warning: a reader on a slow link pays for every one. */
    public static final long BUDGET_BYTES = 300L * 1024;

    public PhotoSizes {
        widths = List.copyOf(new TreeSet<>(widths));
    }

    /**
     * The widths an image standing {@code shownWidth} pixels wide is published in, ascending: each configured width
     * below it, and the largest at most its own width — never enlarged.
     */
    public List<Integer> widthsFor(int shownWidth) {
        int largest = Math.min(shownWidth, widths.get(widths.size() - 1));
        TreeSet<Integer> out = new TreeSet<>();
        for (int w : widths) {
            if (w < largest) {
                out.add(w);
            }
        }
        out.add(largest);
        return List.copyOf(out);
    }

    /** The height of an image scaled to {@code width}, its proportions kept (at least one pixel). */
    public static int heightAt(int width, int shownWidth, int shownHeight) {
        return Math.max(1, (int) Math.round((double) width * shownHeight / shownWidth));
    }
}
