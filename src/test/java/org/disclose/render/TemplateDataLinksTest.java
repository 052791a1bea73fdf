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
 * Open-data addresses belong to {@link SiteAddresses}, and views carry them: a template that wrote
 * {@code {{root}}data/tasks.csv} itself would go on linking there after the scheme changed.
 */
class TemplateDataLinksTest {

    @Test
    void noTemplateWritesAnOpenDataAddress() throws IOException {
        Path theme = TestSite.PROJECT.resolve("themes/default");
        List<String> found;
        try (Stream<Path> files = Files.walk(theme)) {
            found = files.filter(f -> f.toString().endsWith(".mustache")).filter(f -> {
                try {
                    return Files.readString(f).contains("{{root}}" + SiteAddresses.DATA);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> theme.relativize(f).toString()).sorted().toList();
        }
        assertEquals(List.of(), found, "link through the view's csvPath instead");
    }

    @Test
    void openDataFilesAreNamedAfterTheirTable() {
        assertEquals("data/tasks.csv", SiteAddresses.tableCsv(SiteAddresses.TASK_TABLE));
        assertEquals("tasks.csv", SiteAddresses.tableCsvName(SiteAddresses.TASK_TABLE));
        assertEquals("data/indicators.json", SiteAddresses.tableJson(SiteAddresses.INDICATOR_TABLE));
    }
}
