package org.disclose.publish;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns and mirrors a stored image so that it stands as its EXIF orientation says, since the published copy carries
 * no orientation tag to tell a browser. Applied after scaling, to the small image, which gives the same pixels as
 * turning first: the scaling is done at the turned dimensions.
 */
final class PhotoOrientation {

    private PhotoOrientation() {
    }

    /**
     * {@code stored} ({@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}) as it is shown under EXIF orientation
     * {@code orientation}: 1 as stored, 2 mirrored left to right, 3 turned half round, 4 mirrored top to bottom,
     * 5 mirrored about the top-left to bottom-right diagonal, 6 turned a quarter clockwise, 7 mirrored about the
     * other diagonal, 8 turned a quarter anticlockwise.
     */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation == 1) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean turned = orientation >= 5;
        int shownWidth = turned ? h : w;
        int shownHeight = turned ? w : h;
        int[] from = ((DataBufferInt) stored.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(shownWidth, shownHeight, stored.getType());
        int[] to = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < shownHeight; y++) {
            for (int x = 0; x < shownWidth; x++) {
                // The stored pixel shown at (x, y).
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    case 8 -> { sx = w - 1 - y; sy = x; }
                    default -> throw new IllegalArgumentException("orientation " + orientation);
                }
                to[y * shownWidth + x] = from[sy * w + sx];
            }
        }
        return out;
    }
}
