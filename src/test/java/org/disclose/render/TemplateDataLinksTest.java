package org.disclose.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;

/**
 * Addresses belong to {@link SiteAddresses}, and views carry them: a template that wrote
 * {@code {{root}}data/tasks.csv} or {@code {{root}}feed.xml} itself would go on linking there after the scheme changed.
 */
class TemplateDataLinksTest {

    /** {{root}} followed by a written path rather than by a view's address. */
    private static final java.util.regex.Pattern SITE_PATH = java.util.regex.Pattern.compile("\\{\\{root}}[A-Za-z0-9_.-]");

    @Test
    void noTemplateWritesASiteAddress() throws IOException {
        Path theme = TestSite.PROJECT.resolve("themes/default");
        List<String> found;
        try (Stream<Path> files = Files.walk(theme)) {
            found = files.filter(f -> f.toString().endsWith(".mustache")).filter(f -> {
                try {
                    return SITE_PATH.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> theme.relativize(f).toString()).sorted().toList();
        }
        assertEquals(List.of(), found, "link through the view's address (csvPath, feedPath, searchPath ...) instead");
    }

    @Test
    void openDataFilesAreNamedAfterTheirTable() {
        assertEquals("data/tasks.csv", SiteAddresses.tableCsv(SiteAddresses.TASK_TABLE));
        assertEquals("tasks.csv", SiteAddresses.tableCsvName(SiteAddresses.TASK_TABLE));
        assertEquals("data/indicators.json", SiteAddresses.tableJson(SiteAddresses.INDICATOR_TABLE));
    }
}
