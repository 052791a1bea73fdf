package org.disclose.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator), run in-process over every HTML page of the demo site in one
 * validator session: no page may have an error. Warnings are listed in target/vnu-report.txt but do not fail.
 */
@Tag("browser")
class HtmlValidityTest {

    /** Messages of one kind, each with where it was first seen and how many pages have it. */
    private static final class Collector implements ErrorHandler {
        final Map<String, List<String>> errors = new TreeMap<>();
        final Map<String, List<String>> warnings = new TreeMap<>();
        int errorCount;
        int warningCount;
        Path page;

        @Override
        public void warning(SAXParseException e) {
            warningCount++;
            warnings.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add(where(e));
        }

        @Override
        public void error(SAXParseException e) {
            errorCount++;
            errors.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add(where(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }

        private String where(SAXParseException e) {
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        }
    }

    @Test
    void everyPageOfTheDemoIsValidHtml() throws Exception {
        DemoServer demo = DemoServer.get();
        List<Path> pages = demo.htmlPages();
        assertTrue(pages.size() > 4000, "the demo has about 5,000 pages, found " + pages.size());

        long start = System.nanoTime();
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        // the checker is live: a page with a known error is reported
        Path bad = Files.createTempFile("disclose-vnu-", ".html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head><body>"
                + "<p id=\"a\">一</p><p id=\"a\">二</p><img src=\"x.png\"></body></html>");
        collector.page = bad;
        validator.checkHtmlFile(bad.toFile(), true);
        Files.delete(bad);
        assertEquals(2, collector.errorCount, () -> "the checker must report a duplicate id and a missing alt: "
                + collector.errors);
        collector.errors.clear();
        collector.warnings.clear();
        collector.errorCount = 0;
        collector.warningCount = 0;

        for (Path page : pages) {
            collector.page = demo.site().relativize(page);
            validator.checkHtmlFile(page.toFile(), true);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        StringBuilder report = new StringBuilder();
        report.append(pages.size()).append(" pages checked in ").append(seconds).append(" s: ")
                .append(collector.errorCount).append(" errors, ").append(collector.warningCount)
                .append(" warnings\n");
        append(report, "error", collector.errors);
        append(report, "warning", collector.warnings);
        Path file = Path.of("target", "vnu-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("vnu: " + pages.size() + " pages, " + collector.errorCount + " errors, "
                + collector.warningCount + " warnings, " + seconds + " s");
        assertEquals(0, collector.errorCount, report::toString);
    }

    private static void append(StringBuilder report, String kind, Map<String, List<String>> messages) {
        messages.forEach((message, where) -> {
            report.append(kind).append(": ").append(message).append(" (").append(where.size()).append(" times; ")
                    .append(String.join(", ", where.subList(0, Math.min(5, where.size()))))
                    .append(where.size() > 5 ? ", …" : "").append(")\n");
        });
    }
}
