package org.disclose.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A navigation entry or footer link leading to a column with nothing in it is an error at its line of site.yaml,
 * naming the empty column (issue 18, point 4), and not an empty page or a broken link.
 */
class EmptyColumnsTest {

    @TempDir
    Path dir;

    private static final String RELEASE = "---\ntitle: 进展\ndate: 2023-05-10\n---\n\n正文。\n";

    @Test
    void navigationToAnEmptyColumnIsAnErrorAtTheEntry() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", OfficialWidgetsTest.SITE + """
                navigation:
                  - {title: 首页, url: /}
                  - {title: 典型案例, url: /cases/}
                footerLinks:
                  - {title: 整改进展, url: /releases/}
                  - {title: 交办通报, url: "/bulletins/#top"}
                """);
        assertEquals(List.of(
                "content/site.yaml:8:24: error: navigation entry '典型案例' leads to /cases/, a column with nothing in "
                        + "it: the site lists no typical cases (content/cases/*.md); add them, or remove the entry "
                        + "from site.yaml",
                "content/site.yaml:10:24: error: footer link '整改进展' leads to /releases/, a column with nothing in "
                        + "it: the site lists no progress releases (content/releases/*.md); add them, or remove the "
                        + "entry from site.yaml",
                "content/site.yaml:11:24: error: footer link '交办通报' leads to /bulletins/, a column with nothing in "
                        + "it: the site lists no complaint bulletins (content/bulletins/*.md); add them, or remove the "
                        + "entry from site.yaml"),
                OfficialWidgetsTest.errors(site.build()));
    }

    @Test
    void aColumnWhoseEveryRecordIsWithdrawnIsEmptyToo() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", OfficialWidgetsTest.SITE
                        + "navigation:\n  - {title: 整改进展, url: /releases/}\n")
                .write("content/releases/a.md", "---\ntitle: 进展\ndate: 2023-05-10\nwithdrawn: {date: 2023-06-01, reason: 数据有误}\n"
                        + "---\n\n正文。\n");
        List<String> errors = OfficialWidgetsTest.errors(site.build());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/site.yaml:7:24: error: navigation entry '整改进展' leads to "
                + "/releases/, a column with nothing in it"), errors::toString);
    }

    @Test
    void aColumnWithSomethingInItBuilds() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", OfficialWidgetsTest.SITE
                        + "navigation:\n  - {title: 整改进展, url: /releases/}\n")
                .write("content/releases/a.md", RELEASE);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
    }
}
