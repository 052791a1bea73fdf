package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers and every reference points down, so there is no cycle: a plain scan of the sources for
 * {@code org.disclose.<package>.<Class>} (imports and fully qualified names alike). A subpackage such as
 * {@code render.view} is a package of its own, in its own layer: its parent may use it, it may not use its parent. The
 * order is the README's.
 */
class ArchitectureTest {

    /** From the top: a package may use only packages of the layers below its own. */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("cli"),
            Set.of("serve", "scaffold"),
            Set.of("pipeline"),
            Set.of("publish"),
            Set.of("render"),
            Set.of("render.view", "render.chart"),
            Set.of("check"),
            Set.of("content", "config"),
            Set.of("content.table"),
            Set.of("markdown", "privacy", "text"),
            Set.of("files"),
            Set.of("model"),
            // declared figures and their relations (issue 16), with the qualifier vocabulary they share with
            // indicators: below the model, so that its records can hold figures
            Set.of("model.figure"),
            Set.of("diag"));

    private static final Path MAIN = TestSite.PROJECT.resolve("src/main/java/org/disclose");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.disclose\\.([a-z.]+)\\.[A-Z]");

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    /** A file's own package, from its folder: {@code render/view/PageFrame.java} → {@code render.view}. */
    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
    }

    /** Package → the packages it refers to, with one file that does, for the message. */
    private static Map<String, Map<String, String>> references() throws IOException {
        Map<String, Map<String, String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(f);
                String text = Files.readString(f).replaceFirst("(?m)^package [^;]+;", "");
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        uses.computeIfAbsent(pkg, k -> new TreeMap<>()).putIfAbsent(m.group(1),
                                MAIN.relativize(f).toString());
                    }
                }
            }
        }
        return uses;
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        Set<String> unplaced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java")).map(ArchitectureTest::packageOf)
                    .filter(p -> layer(p) < 0).forEach(unplaced::add);
        }
        assertEquals(Set.of(), unplaced, "place each package in LAYERS (and in the README's order)");
    }

    @Test
    void everyReferencePointsToALowerLayer() throws IOException {
        List<String> upward = new ArrayList<>();
        references().forEach((from, to) -> to.forEach((target, file) -> {
            if (layer(target) <= layer(from)) {
                upward.add(file + " (" + from + ") uses " + target);
            }
        }));
        assertEquals(List.of(), upward, "references that point up or sideways make cycles possible");
    }
}
