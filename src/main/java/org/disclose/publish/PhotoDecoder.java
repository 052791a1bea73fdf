package org.disclose.publish;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a JPEG or PNG into sRGB pixels of one of two layouts: {@code TYPE_INT_RGB}, or {@code TYPE_INT_ARGB} for
 * a PNG with transparency (a JPEG never keeps an alpha channel). Whatever the file holds (CMYK, YCCK, an ICC profile, grey, a palette, 16 bits) ends up
 * there, so that scaling and encoding need to know only those two.
 */
final class PhotoDecoder {

    private PhotoDecoder() {
    }

    /**
     * @param format      "jpeg" or "png"
     * @param subsampling keep every n-th pixel of every n-th row (1: all), so a huge photo is never whole in memory
     */
    static BufferedImage decode(byte[] bytes, String format, int subsampling) throws IOException {
        IOException failure = null;
        for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format); readers.hasNext(); ) {
            ImageReader reader = readers.next();
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
                return read(reader, in, subsampling, format.equals("png"));
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            } catch (RuntimeException e) {
                // Decoders throw these on some damaged data; it is the file's fault, not the build's.
                failure = failure == null ? new IOException(e.toString(), e) : failure;
            } finally {
                reader.dispose();
            }
        }
        if (failure == null) {
            throw new IOException("no " + format + " decoder is available");
        }
        throw new IOException("the image cannot be decoded: " + failure.getMessage(), failure);
    }

    private static BufferedImage read(ImageReader reader, ImageInputStream in, int subsampling, boolean keepAlpha)
            throws IOException {
        reader.setInput(in, true, true);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        if (subsampling > 1) {
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        }
        BufferedImage image = reader.read(0, param);
        for (String warning : warnings) {
            // A decoder fills what is missing with grey and only warns; a photo cut in half must not be published.
            if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                throw new IOException("the image is cut short (" + warning + ")");
            }
        }
        return normalised(image, keepAlpha);
    }

    /** The image as sRGB {@code TYPE_INT_ARGB} when it has alpha to keep, else {@code TYPE_INT_RGB}. */
    static BufferedImage normalised(BufferedImage image, boolean keepAlpha) {
        boolean alpha = keepAlpha && image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        ColorSpace space = image.getColorModel().getColorSpace();
        // Java's built-in grey space is nominally linear, but decoders use it for ordinary (gamma-encoded) grey,
        // whose values are to be copied as they are; any other non-sRGB space is converted through its profile.
        if (space.isCS_sRGB() || space == ColorSpace.getInstance(ColorSpace.CS_GRAY)) {
            Graphics2D g = out.createGraphics();
            try {
                g.setComposite(AlphaComposite.Src);
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        } else {
            new ColorConvertOp(null).filter(image, out);
        }
        return out;
    }
}
