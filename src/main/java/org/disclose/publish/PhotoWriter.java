package org.disclose.publish;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes pixels with no metadata: the image is handed to the writer without any ({@code IIOImage(image, null,
 * null)}), so a JPEG gets nothing but the JFIF header (APP0) and a PNG nothing but IHDR, IDAT and IEND. Memory
 * streams only, so nothing goes through ImageIO's temporary files.
 */
final class PhotoWriter {

    private PhotoWriter() {
    }

    /** A progressive JPEG at {@code quality} (1 to 100); {@code image} is {@code TYPE_INT_RGB}. */
    static byte[] jpeg(BufferedImage image, int quality) throws IOException {
        ImageWriter writer = writer("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        // Progressive: smaller for photos of this size, and a reader on a slow link sees the whole picture early.
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, image, param);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = writer("png");
        return write(writer, image, writer.getDefaultWriteParam());
    }

    private static ImageWriter writer(String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " encoder is available");
        }
        return writers.next();
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
