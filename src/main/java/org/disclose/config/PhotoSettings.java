package org.disclose.config;

import java.util.ArrayList;
import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.PhotoSizes;
import org.disclose.text.Fields;

/**
 * {@code images:} in site.yaml or a theme's theme.yaml: the widths photos are published in, their JPEG quality, and
 * (the theme's business) how wide its layout shows a body image. Each part may be left out; the site's settings win
 * over the theme's, the theme's over {@link PhotoSizes#DEFAULT}.
 *
 * @param widths  null when not given
 * @param quality null when not given
 * @param sizes   null when not given
 */
public record PhotoSettings(List<Integer> widths, Integer quality, String sizes) {

    public static final PhotoSettings NONE = new PhotoSettings(null, null, null);

    /** Few widths keep a build short; wider than 4000 px no screen needs, narrower than 100 px no photo reads. */
    private static final int MAX_WIDTHS = 6;
    private static final int MIN_WIDTH = 100;
    private static final int MAX_WIDTH = 4000;

    /** {@code images:} of {@code f}, each wrong part reported at itself and left out. */
    public static PhotoSettings read(Fields f, Diagnostics diagnostics) {
        return f.mapping("images", "images").map(m -> {
            List<Integer> widths = null;
            if (m.has("widths")) {
                widths = new ArrayList<>();
                List<String> written = m.strings("widths");
                for (String w : written) {
                    Integer width = width(w);
                    if (width == null) {
                        diagnostics.error(m.posOf("widths"), "images.widths must be whole numbers of pixels from "
                                + MIN_WIDTH + " to " + MAX_WIDTH + ", not '" + w.replaceAll("\\p{Cntrl}", "?") + "'");
                        widths = null;
                        break;
                    }
                    widths.add(width);
                }
                if (widths != null && (widths.isEmpty() || widths.size() > MAX_WIDTHS)) {
                    diagnostics.error(m.posOf("widths"), "images.widths must list 1 to " + MAX_WIDTHS
                            + " widths, not " + widths.size());
                    widths = null;
                }
            }
            Long quality = m.integer("quality");
            if (quality != null && (quality < 30 || quality > 100)) {
                diagnostics.error(m.posOf("quality"), "images.quality must be between 30 and 100 (a JPEG's "
                        + "quality; 80 suits photographs), not " + quality);
                quality = null;
            }
            String sizes = m.string("sizes");
            if (sizes != null && !sizes.matches("[0-9a-z ().,:%+*/-]{1,200}")) {
                diagnostics.error(m.posOf("sizes"), "images.sizes must be an HTML sizes value such as "
                        + "'(min-width: 52em) 46em, 100vw' (media conditions and lengths only)");
                sizes = null;
            }
            m.reportUnknown();
            return new PhotoSettings(widths, quality == null ? null : quality.intValue(), sizes);
        }).orElse(NONE);
    }

    private static Integer width(String text) {
        try {
            int w = Integer.parseInt(text.trim());
            return w >= MIN_WIDTH && w <= MAX_WIDTH ? w : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What photos are published as: these settings over the theme's, over the defaults. */
    public PhotoSizes over(PhotoSettings theme) {
        PhotoSizes d = PhotoSizes.DEFAULT;
        return new PhotoSizes(
                widths != null ? widths : theme.widths != null ? theme.widths : d.widths(),
                quality != null ? quality : theme.quality != null ? theme.quality : d.quality(),
                sizes != null ? sizes : theme.sizes != null ? theme.sizes : d.sizes());
    }
}
