package org.disclose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildResult;

/** A site folder for tests: the project's real default theme, plus whatever content a test writes. */
public final class TestSite {

    /** The repository root: Maven runs tests there. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** The header row of a complaint table, as offices' spreadsheets have it (docs/content.md section 10). */
    public static final String COMPLAINT_HEADER = "序号,受理编号,交办问题基本情况,行政区域,问题类型,调查核实情况,是否属实,办结目标,"
            + "处理和整改情况,是否办结,责任人被处理情况\n";

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** An empty site with the default theme and a minimal site.yaml. */
    public static TestSite minimal(Path dir) {
        TestSite site = new TestSite(dir);
        copyTree(PROJECT.resolve("themes/default"), dir.resolve("themes/default"));
        site.write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                organiser: 测试主办单位
                siteCode: "1234567890"
                icp: 测ICP备12345678号
                """);
        return site;
    }

    /**
     * A minimal site drawn by a theme of its own, {@code themes/<name>}, that extends the default theme and has no
     * file yet: what an office makes to restyle the shipped theme.
     */
    public static TestSite withChildTheme(Path dir, String name) {
        return minimal(dir)
                .write("content/site.yaml", """
                        title: 测试站点
                        baseUrl: https://test.example.gov.cn/
                        theme: %s
                        organiser: 测试主办单位
                        """.formatted(name))
                .write("themes/" + name + "/theme.yaml", "name: " + name + "\nextends: default\n");
    }

    /** A copy of the project's demo site (content and themes). */
    public static TestSite demo(Path dir) {
        copyTree(PROJECT.resolve("content"), dir.resolve("content"));
        copyTree(PROJECT.resolve("themes"), dir.resolve("themes"));
        return new TestSite(dir);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("site");
    }

    public TestSite write(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult build() {
        return Build.run(BuildOptions.defaults(root));
    }

    public BuildResult build(BuildOptions options) {
        return Build.run(options);
    }

    public BuildOptions options() {
        return BuildOptions.defaults(root);
    }

    public String read(String outputRelative) {
        try {
            return Files.readString(output().resolve(outputRelative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published name of a theme asset: {@code site.css} is fingerprinted as {@code assets/site.<hash>.css}. */
    public String asset(String name) {
        int dot = name.lastIndexOf('.');
        String pattern = java.util.regex.Pattern.quote(name.substring(0, dot)) + "\\.[0-9a-f]{10}"
                + java.util.regex.Pattern.quote(name.substring(dot));
        try (Stream<Path> files = Files.list(output().resolve("assets"))) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.matches(pattern)).findFirst()
                    .map(f -> "assets/" + f).orElseThrow(() -> new AssertionError("no published asset " + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputRelative) {
        return Files.exists(output().resolve(outputRelative));
    }

    /** Every file under {@code dir} with its SHA-256, for byte-for-byte comparisons of whole trees. */
    public static Map<String, String> digest(Path dir) {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                sums.put(dir.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
