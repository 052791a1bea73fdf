package org.disclose.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.disclose.ProblemSites;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The demo has no problem split into tasks, so the validator run over the demo never sees a problem's page or a list
 * with grouped rows: the Nu Html Checker, in process, over every task page of a site that has them.
 */
@Tag("slow")
class ProblemPagesValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyTaskAndProblemPageIsValidHtml() throws Exception {
        TestSite site = ProblemSites.site(dir);
        assertEquals(List.of(), site.build().diagnostics().stream().map(Diagnostic::toString).toList());

        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                        + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.output())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> problemPages = pages.stream().map(p -> site.output().relativize(p).toString())
                .filter(p -> p.startsWith("tasks/problem/")).toList();
        assertEquals(List.of("tasks/problem/12/index.html", "tasks/problem/5/index.html"), problemPages);
        Path broken = dir.resolve("broken.html"); // the checker is live: a page with a duplicate id is reported
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head><body>"
                + "<p id=\"a\">一</p><p id=\"a\">二</p></body></html>");
        validator.checkHtmlFile(broken.toFile(), true);
        assertEquals(1, errors.size(), errors::toString);
        errors.clear();
        for (Path page : pages) {
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertEquals(List.of(), errors, "no page may have an HTML error");
    }
}
