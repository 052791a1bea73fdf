package org.disclose.content;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.cli.Main;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Markdown, YAML or CSV file of content/ that the build does not read is warned of at the file, saying why and
 * what to do; the names documented as skipped stay silent, and so do the files read, attachments included.
 */
class UnreadFilesTest {

    private static final String ROUNDS = "- id: round2\n  name: 第二轮\n  stationedFrom: 2021-08-25\n"
            + "  stationedTo: 2021-09-26\n  feedbackDate: 2021-12-12\n";
    private static final String RELEASE = "---\ntitle: 标题\ndate: 2023-05-10\n---\n\n正文。\n";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).write("content/rounds.yaml", ROUNDS).write("content/releases/a.md", RELEASE);
    }

    private static List<String> unread(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).filter(s -> s.contains(": not read: ")).toList();
    }

    @Test
    void aReleaseInASubFolderIsWarnedOfAndTheBuildGoesOn() {
        TestSite site = site().write("content/releases/a/index.md", RELEASE)
                .write("content/cases/c/index.md", RELEASE)
                .write("content/pages/about/index.md", RELEASE);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of("content/cases/c/index.md:1:1: warning: not read: a case is a Markdown file directly in "
                        + "content/cases/ (content/cases/c.md); this folder holds the files that belong to case c "
                        + "(attachments, images)",
                "content/pages/about/index.md:1:1: warning: not read: a page is a Markdown file directly in "
                        + "content/pages/ (content/pages/about.md); its sub-folders are not read",
                "content/releases/a/index.md:1:1: warning: not read: a release is a Markdown file directly in "
                        + "content/releases/ (content/releases/a.md); this folder holds the files that belong to "
                        + "release a (attachments, images)"), unread(r));
    }

    @Test
    void aWrongCaseOrLongExtensionIsWarnedOfWithTheNameToUse() {
        TestSite site = site().write("content/releases/b.MD", RELEASE).write("content/releases/c.markdown", RELEASE)
                .write("content/tasks/t.YML", "[]\n").write("content/Rounds.yaml", ROUNDS);
        assertEquals(List.of("content/Rounds.yaml:1:1: warning: not read: only the name rounds.yaml is read; rename "
                        + "it rounds.yaml",
                "content/releases/b.MD:1:1: warning: not read: only names ending in .md (lower case) are read; "
                        + "rename it b.md",
                "content/releases/c.markdown:1:1: warning: not read: only names ending in .md (lower case) are "
                        + "read; rename it c.md",
                "content/tasks/t.YML:1:1: warning: not read: only names ending in .yml (lower case) are read; "
                        + "rename it t.yml"), unread(site.build()));
    }

    @Test
    void filesInPlacesNoReaderLooksIntoAreWarnedOf() {
        TestSite site = site().write("content/releases/notes.yaml", "a: 1\n")
                .write("content/cases/table.csv", "a,b\n")
                .write("content/notes/plan.yaml", "a: 1\n")
                .write("content/complaints/batch-09.yaml", "batch: 9\n")
                .write("content/extra.md", RELEASE);
        String see = "; see docs/content.md section 1 (Which files are read)";
        assertEquals(List.of("content/cases/table.csv:1:1: warning: not read: no part of the build reads .csv files "
                        + "in content/cases/" + see,
                "content/complaints/batch-09.yaml:1:1: warning: not read: a .yaml file in content/complaints/ is "
                        + "read only as the facts of the table of its name (batch-09.csv or batch-09.xlsx), and "
                        + "there is none",
                "content/extra.md:1:1: warning: not read: of the files directly in content/, only site.yaml, "
                        + "rounds.yaml, accountability.yaml, calendar.yaml, published.yaml are read" + see,
                "content/notes/plan.yaml:1:1: warning: not read: no part of the build reads .yaml files in "
                        + "content/notes/" + see,
                "content/releases/notes.yaml:1:1: warning: not read: no part of the build reads .yaml files in "
                        + "content/releases/" + see), unread(site.build()));
    }

    @Test
    void hiddenDraftLockAndBackupNamesStaySilent() {
        TestSite site = site().write("content/releases/_draft.md", RELEASE)
                .write("content/releases/.hidden.md", RELEASE)
                .write("content/complaints/~$x.csv", "a\n")
                .write("content/releases/a.md~", RELEASE)
                .write("content/_drafts/b.md", RELEASE)
                .write("content/.git/c.md", RELEASE)
                .write("content/releases/a/~backup~/d.md", RELEASE);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), unread(r));
    }

    @Test
    void attachmentsListedAreReadAndOnesNotListedAreWarnedOf() {
        TestSite site = site().write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\nattachments:\n"
                        + "  - {file: data.csv}\n  - {file: tables/more.csv}\n---\n\n正文。\n")
                .write("content/releases/a/data.csv", "序号,名称\n1,污水管网\n")
                .write("content/releases/a/tables/more.csv", "序号,名称\n1,污水管网\n")
                .write("content/releases/a/old.csv", "序号,名称\n1,污水管网\n")
                .write("content/tasks/t.yaml", "- id: \"7\"\n  round: round2\n  problem: 某问题\n"
                        + "  status: 达到序时进度\n  attachments:\n    - {file: ledger.csv}\n")
                .write("content/tasks/files/7/ledger.csv", "序号,名称\n1,污水管网\n")
                .write("content/tasks/files/7/draft.csv", "序号,名称\n1,污水管网\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of("content/releases/a/old.csv:1:1: warning: not read: a file in content/releases/a/ is "
                        + "published only when content/releases/a.md lists it in attachments: (file: old.csv)",
                "content/tasks/files/7/draft.csv:1:1: warning: not read: a file in content/tasks/files/7/ is "
                        + "published only when the task with id 7 lists it in attachments: (file: draft.csv)"),
                unread(r));
    }

    @Test
    void aDraftOrFutureReleaseStillReadsItsAttachments() {
        TestSite site = site().write("content/releases/d.md", "---\ntitle: 标题\ndate: 2099-05-10\ndraft: true\n"
                        + "attachments:\n  - {file: data.csv}\n---\n\n正文。\n")
                .write("content/releases/d/data.csv", "序号,名称\n1,污水管网\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), unread(r));
    }

    @Test
    void aLinkedFileCountsByItsOwnNameAndALinkedFolderIsNotFollowedButALinkReadIs() throws IOException {
        TestSite site = site().write("content/shared/x.txt", "a: 1\n");
        Files.createSymbolicLink(dir.resolve("content/releases/linked.yaml"), Path.of("../shared/x.txt"));
        Files.createDirectories(dir.resolve("content/elsewhere"));
        Files.writeString(dir.resolve("content/elsewhere/note.md"), RELEASE);
        Files.createSymbolicLink(dir.resolve("content/releases/folder"), Path.of("../elsewhere"));
        // a release read through a link: what it leads to is read
        site.write("content/texts/b.md", RELEASE);
        Files.createSymbolicLink(dir.resolve("content/releases/b.md"), Path.of("../texts/b.md"));
        assertEquals(List.of("content/elsewhere/note.md:1:1: warning: not read: no part of the build reads .md files "
                        + "in content/elsewhere/; see docs/content.md section 1 (Which files are read)",
                "content/releases/linked.yaml:1:1: warning: not read: no part of the build reads .yaml files in "
                        + "content/releases/; see docs/content.md section 1 (Which files are read)"),
                unread(site.build()));
    }

    @Test
    void aBuildFromKeptReadsWarnsAsACleanBuildDoes() throws IOException {
        TestSite site = site().write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\nattachments:\n"
                        + "  - {file: data.csv}\n---\n\n正文。\n")
                .write("content/releases/a/data.csv", "序号,名称\n1,污水管网\n")
                .write("content/releases/b/index.md", RELEASE)
                .write("content/complaints/batch-01.csv", TestSite.COMPLAINT_HEADER)
                .write("content/complaints/batch-01.yaml", "batch: 1\nassigned: 2021-09-01\nround: round2\n");
        settle(dir);
        BuildResult first = site.build();
        assertTrue(Files.isDirectory(dir.resolve(".disclose-cache/reads")), "what was read is kept");
        BuildResult second = site.build(site.options().withOutput(dir.resolve("again")));
        assertEquals(List.of("content/releases/b/index.md:1:1: warning: not read: a release is a Markdown file "
                + "directly in content/releases/ (content/releases/b.md); this folder holds the files that belong to "
                + "release b (attachments, images)"), unread(first));
        assertEquals(unread(first), unread(second));
        assertEquals(first.diagnostics(), second.diagnostics());
    }

    @Test
    void strictMakesTheWarningAnErrorAndTheBuildFails() {
        TestSite site = site().write("content/releases/a/index.md", RELEASE);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.execute("build", "--strict", "--quiet", "--root", site.root().toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, status, err::toString);
        assertContains(err.toString(StandardCharsets.UTF_8).lines().toList(), "content/releases/a/index.md:1:1: "
                + "error: not read: a release is a Markdown file directly in content/releases/ (content/releases/"
                + "a.md); this folder holds the files that belong to release a (attachments, images)", err.toString());
    }

    /** Slow (the demo's 5,000 pages); {@code DemoBuildTest} also asks for no warning at all. */
    @Test
    @Tag("slow")
    void theDemoContentHasNoFileNotRead() {
        TestSite demo = TestSite.demo(dir);
        BuildResult r = demo.build(demo.options().checkOnly());
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), unread(r));
    }

    /** Dates every content file well before now, so that what is read is kept for the next build. */
    private static void settle(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
            }
        }
    }
}
