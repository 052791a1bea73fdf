package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclose.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit statuses, the summary line and located errors. */
class CliTest {

    /** A site of a few pages: what is checked here is the command line, not the size of the site. */
    private static final String RELEASE = "---\ntitle: 标题\ndate: 2023-05-10\n---\n\n正文。\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void buildSucceedsWithOneSummaryLine() {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", RELEASE);
        int status = Main.execute("build", "--root", site.root().toString(), "--output", dir.resolve("out").toString());
        assertEquals(0, status, err::toString);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("Built (\\d+) pages \\(\\1 rendered, \\d+ files, 0 unchanged\\) into .*out/ in \\d+\\.\\d\\d s\\.\\n"), printed);
        assertTrue(Files.exists(dir.resolve("out/index.html")));
        assertTrue(Files.exists(dir.resolve("out/releases/a/index.html")));
    }

    @Test
    void contentErrorsExitWithOneAndNameTheirPlace() {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", "---\ntitle: 标题\n---\n");
        int status = Main.execute("build", "--root", site.root().toString());
        assertEquals(1, status);
        String printed = err.toString(StandardCharsets.UTF_8);
        // a line of its own (a slow machine may print the build's stages before it)
        assertContains(printed.lines().toList(), "content/releases/a.md:2:1: error: the release is missing the "
                + "required field 'date'", printed);
        assertContains(printed, "Build failed: 1 error;", printed);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Main.execute("build", "--no-such-option"));
        assertEquals(2, Main.execute("no-such-command"));
        assertEquals(2, Main.execute());
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertEquals(0, Main.execute("--help"));
        assertEquals(0, Main.execute("--version"));
        assertContains(out.toString(StandardCharsets.UTF_8), "disclose");
    }

    @Test
    void refusesToReplaceAFolderItDidNotBuild() throws Exception {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", RELEASE);
        Path precious = dir.resolve("documents");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("report.docx"), "keep me");
        assertEquals(1, Main.execute("build", "--root", site.root().toString(), "--output", precious.toString()));
        assertEquals("keep me", Files.readString(precious.resolve("report.docx")));
    }

    /** The publication record: {@code check} warns of pages not in it (failing with --strict), {@code build} appends. */
    @Test
    void checkWarnsOfUnrecordedPagesAndBuildRecordsThem() throws Exception {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", RELEASE).write("content/site.yaml", """
                title: 测试站点
                baseUrl: https://test.example.gov.cn/
                siteCode: "1234567890"
                disclosure: {organisationCode: 11220000013544357T}
                """);
        Path record = dir.resolve("content/published.yaml");
        String warning = "content/published.yaml:1:1: warning: 1 page is not in the record yet; run disclose build "
                + "and commit content/published.yaml";
        assertEquals(0, Main.execute("check", "--root", site.root().toString()), err::toString);
        assertContains(err.toString(StandardCharsets.UTF_8).lines().toList(), warning, err.toString());
        assertEquals(1, Main.execute("check", "--strict", "--root", site.root().toString()));
        assertTrue(Files.notExists(record));
        assertEquals(0, Main.execute("build", "--root", site.root().toString()), err::toString);
        assertContains(Files.readString(record), "- {path: \"releases/a/\", published: 2023-05-10, indexNumber: "
                + "\"11220000013544357T/2023-00001\"}\n");
        err.reset();
        assertEquals(0, Main.execute("check", "--strict", "--root", site.root().toString()), err::toString);
    }
}
