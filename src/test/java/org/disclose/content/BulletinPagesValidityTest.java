package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.disclose.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The demo has no bulletins, so the validator run over the demo never sees their pages: the Nu Html Checker, in
 * process, over every page of a site built from the bulletin examples (a bulletin of each kind, one with tables,
 * and their list).
 */
@Tag("slow")
class BulletinPagesValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheBulletinExamplesIsValidHtml() throws Exception {
        TestSite site = BulletinSites.site(dir, "jiaoban");
        String banli = "content/bulletins/banli-1-13.md";
        site.write(banli, Files.readString(TestSite.PROJECT.resolve("src/test/resources/figures/banli/" + banli)));
        String tables = "content/bulletins/jiaoban-13.md";
        site.write(tables, Files.readString(TestSite.PROJECT.resolve("src/test/resources/figures/jiaoban-tables/"
                + tables)));
        assertEquals(List.of(), BulletinSites.build(site));

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
        List<String> bulletinPages = pages.stream().map(p -> site.output().relativize(p).toString())
                .filter(p -> p.startsWith("bulletins/")).toList();
        assertEquals(List.of("bulletins/banli-1-13/index.html", "bulletins/index.html",
                "bulletins/jiaoban-11/index.html", "bulletins/jiaoban-12/index.html",
                "bulletins/jiaoban-13/index.html"), bulletinPages);
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
