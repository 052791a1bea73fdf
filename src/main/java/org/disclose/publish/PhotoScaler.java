package org.disclose.publish;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Scales an image down by area averaging: each new pixel is the mean of the source pixels it covers, weighted by how
 * much of each it covers. That is the sharpest filter that cannot alias (no moiré on brickwork or shirts), it needs
 * no halving steps, and as plain Java arithmetic it gives the same bytes on every machine. Rows are streamed: besides
 * the two images it holds one row of sums. Colour is averaged premultiplied by alpha, so a transparent pixel's
 * invisible colour does not bleed into its neighbours.
 */
final class PhotoScaler {

    private PhotoScaler() {
    }

    /** {@code image} ({@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}) at {@code width} × {@code height}, no larger. */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        int sourceWidth = image.getWidth();
        int sourceHeight = image.getHeight();
        if (width > sourceWidth || height > sourceHeight || width < 1 || height < 1) {
            throw new IllegalArgumentException("only scales down: " + sourceWidth + "×" + sourceHeight + " to "
                    + width + "×" + height);
        }
        if (width == sourceWidth && height == sourceHeight) {
            return image;
        }
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        int[] source = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(width, height, image.getType());
        int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();

        Span columns = new Span(sourceWidth, width);
        Span rows = new Span(sourceHeight, height);
        float[] row = new float[width * 4];
        float[] sums = new float[width * 4];
        int y = 0;
        for (int sy = 0; sy < sourceHeight; sy++) {
            across(source, sy * sourceWidth, columns, alpha, row);
            // A source row lies in at most two target rows, since no target row is thinner than a source row.
            for (int k = rows.first[sy]; k < rows.first[sy + 1]; k++) {
                float w = rows.weight[k];
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += w * row[i];
                }
                if (rows.ends[k]) {
                    store(sums, target, y * width, alpha);
                    Arrays.fill(sums, 0f);
                    y++;
                }
            }
        }
        return out;
    }

    /** One source row averaged across into {@code row}: premultiplied alpha, red, green, blue per target pixel. */
    private static void across(int[] source, int offset, Span columns, boolean alpha, float[] row) {
        Arrays.fill(row, 0f);
        int x = 0;
        for (int sx = 0; sx < columns.first.length - 1; sx++) {
            int p = source[offset + sx];
            float a = alpha ? (p >>> 24) / 255f : 1f;
            float r = (p >> 16 & 0xFF) * a;
            float g = (p >> 8 & 0xFF) * a;
            float b = (p & 0xFF) * a;
            for (int k = columns.first[sx]; k < columns.first[sx + 1]; k++) {
                float w = columns.weight[k];
                int i = x * 4;
                row[i] += w * a;
                row[i + 1] += w * r;
                row[i + 2] += w * g;
                row[i + 3] += w * b;
                if (columns.ends[k]) {
                    x++;
                }
            }
        }
    }

    private static void store(float[] sums, int[] target, int offset, boolean alpha) {
        for (int x = 0, n = sums.length / 4; x < n; x++) {
            float a = sums[x * 4];
            float unmultiply = alpha ? (a > 0 ? 1f / a : 0f) : 1f;
            int r = channel(sums[x * 4 + 1] * unmultiply);
            int g = channel(sums[x * 4 + 2] * unmultiply);
            int b = channel(sums[x * 4 + 3] * unmultiply);
            int al = alpha ? channel(a * 255f) : 0xFF;
            target[offset + x] = al << 24 | r << 16 | g << 8 | b;
        }
    }

    private static int channel(float v) {
        int i = (int) (v + 0.5f);
        return i < 0 ? 0 : Math.min(i, 255);
    }

    /**
     * How {@code from} source pixels along one axis share out among {@code to} target pixels: for source pixel
     * {@code s}, the pieces {@code first[s]} to {@code first[s + 1] - 1}, each with the share of a target pixel it
     * covers ({@code weight}, the covered fraction of that target pixel) and whether it is the target pixel's last.
     */
    private static final class Span {
        final int[] first;
        final float[] weight;
        final boolean[] ends;

        Span(int from, int to) {
            first = new int[from + 1];
            weight = new float[from + to];
            ends = new boolean[from + to];
            int k = 0;
            int t = 0;
            for (int s = 0; s < from; s++) {
                first[s] = k;
                // In units of 1/from of a target pixel, target t covers [t*from, (t+1)*from) and source s covers
                // [s*to, (s+1)*to): whole numbers, so the shares add up exactly.
                long start = (long) s * to;
                long end = start + to;
                while (true) {
                    long targetEnd = (long) (t + 1) * from;
                    long piece = Math.min(end, targetEnd) - Math.max(start, (long) t * from);
                    weight[k] = (float) piece / from;
                    ends[k] = targetEnd <= end;
                    k++;
                    if (targetEnd <= end) {
                        t++;
                    }
                    if (targetEnd >= end) {
                        break;
                    }
                }
            }
            first[from] = k;
        }
    }
}
