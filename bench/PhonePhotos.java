import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A site of N phone-sized photos for bench/images.sh: 4032 × 3024 JPEGs (a 12-megapixel phone camera) of gradients
 * and noise, so they compress like photographs, ten per release as body images.
 *   java bench/PhonePhotos.java N SITE PROJECT
 */
public class PhonePhotos {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path site = Path.of(args[1]);
        Path project = Path.of(args[2]);
        Files.createDirectories(site.resolve("content/releases"));
        Files.writeString(site.resolve("content/site.yaml"), "title: 图片基准\nbaseUrl: https://bench.example.gov.cn/\n"
                + "organiser: 基准\nsiteCode: \"1234567890\"\n");
        copy(project.resolve("themes/default"), site.resolve("themes/default"));
        Random random = new Random(20);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        BufferedImage img = new BufferedImage(4032, 3024, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < n; i++) {
            int release = i / 10;
            Path folder = site.resolve("content/releases/r" + release);
            Files.createDirectories(folder);
            int base = random.nextInt(0xFFFFFF);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int noise = random.nextInt(24);
                    int r = ((base >> 16 & 0xFF) + x / 32 + noise) & 0xFF;
                    int g = ((base >> 8 & 0xFF) + y / 24 + noise) & 0xFF;
                    int b = ((base & 0xFF) + (x + y) / 64 + noise) & 0xFF;
                    img.setRGB(x, y, r << 16 | g << 8 | b);
                }
            }
            File out = folder.resolve("p" + i + ".jpg").toFile();
            try (ImageOutputStream os = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(os);
                writer.write(null, new IIOImage(img, null, null), param);
            }
            StringBuilder md = new StringBuilder();
            Path file = site.resolve("content/releases/r" + release + ".md");
            if (!Files.exists(file)) {
                md.append("---\ntitle: 图片基准第").append(release).append("篇\ndate: 2023-05-10\n---\n\n");
            }
            md.append("![现场照片").append(i).append("](p").append(i).append(".jpg)\n\n");
            Files.writeString(file, md, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
