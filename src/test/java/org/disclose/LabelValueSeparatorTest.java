package org.disclose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Between a label and its value the site writes the theme's {@code labelValueSeparator}, not a space of Java's: in the
 * open data's case figures, the complaint charts' descriptions and a task's title in search results.
 */
class LabelValueSeparatorTest {

    @TempDir
    Path dir;

    @Test
    void theThemesSeparatorIsWrittenEverywhere() throws Exception {
        TestSite site = TestSite.demo(dir);
        Path strings = dir.resolve("themes/default/i18n/zh-CN.yaml");
        String text = Files.readString(strings);
        assertTrue(text.contains("labelValueSeparator: \" \"\n"), "the default theme's separator is a space");
        Files.writeString(strings, text.replace("labelValueSeparator: \" \"\n", "labelValueSeparator: \"：\"\n"));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);

        String cases = site.read("data/cases.csv");
        assertTrue(cases.contains("投入资金：4141万元"), cases);
        assertFalse(cases.contains("投入资金 4141"), cases);

        String complaints = site.read("complaints/index.html");
        assertTrue(complaints.matches("(?s).*第1批：\\d+.*"), "a chart's description joins label and count");
        assertFalse(complaints.matches("(?s).*第1批 \\d+.*"), "no space of Java's left between label and count");

        String search = Files.walk(site.output().resolve("search")).filter(p -> p.toString().endsWith(".json"))
                .map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce("", String::concat);
        assertTrue(search.matches("(?s).*项：[^\"]{2}.*"), "a task's title in search joins its number and problem");
    }
}
