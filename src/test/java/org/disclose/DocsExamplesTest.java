package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The complete examples of docs/content.md are the example sites the tests build: a fenced block after
 * {@code <!-- example: figures/progress-report/content/rounds.yaml -->} must be that file of src/test/resources,
 * character for character, so that what the documentation shows is known to build clean, and every example site of
 * a shape is shown.
 */
class DocsExamplesTest {

    private static final Path DOCS = TestSite.PROJECT.resolve("docs/content.md");
    private static final Path RESOURCES = TestSite.PROJECT.resolve("src/test/resources");
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example: ([^ ]+) -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);

    record Example(String file, String text) {
    }

    static List<Example> examples() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        List<Example> found = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(docs);
        while (m.find()) {
            found.add(new Example(m.group(1), m.group(2)));
        }
        return found;
    }

    @Test
    void everyMarkedExampleIsTheFileTheTestsBuild() throws IOException {
        List<String> differ = new ArrayList<>();
        for (Example e : examples()) {
            Path file = RESOURCES.resolve(e.file()).normalize();
            assertTrue(file.startsWith(RESOURCES) && Files.isRegularFile(file), e.file() + " is not a test resource");
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(e.text())) {
                differ.add(e.file());
            }
        }
        assertEquals(List.of(), differ, "these examples in docs/content.md differ from their files");
    }

    /** Each shape's example site (a folder of src/test/resources/figures/) is shown in the documentation. */
    @Test
    void everyShapeIsDocumented() throws IOException {
        TreeSet<String> shown = new TreeSet<>();
        for (Example e : examples()) {
            if (e.file().startsWith("figures/")) {
                shown.add(e.file().split("/")[1]);
            }
        }
        TreeSet<String> shapes = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve("figures"))) {
            dirs.filter(Files::isDirectory).forEach(d -> shapes.add(d.getFileName().toString()));
        }
        assertEquals(shapes, shown, "every example site under src/test/resources/figures/ has an example in the docs");
    }
}
