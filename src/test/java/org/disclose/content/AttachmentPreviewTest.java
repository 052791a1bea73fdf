package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a preview session a release or task list whose own file did not change is read again when one of its
 * attachments changes: its page shows their sizes, and reading it scans their text.
 */
class AttachmentPreviewTest {

    @TempDir
    Path dir;
    @TempDir
    Path out;

    private final BuildSession session = new BuildSession(false);

    private List<String> preview(TestSite site) {
        return Build.preview(BuildOptions.defaults(site.root()).withOutput(out), BuildProgress.NONE, session)
                .diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static void old(Path file) throws IOException {
        // old enough for the session to trust that an unchanged stamp means unchanged content
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    @Test
    void anAttachmentSavedAgainIsScannedAgainAndItsSizeShown() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/rounds.yaml", "- id: r2\n  name: 第二轮\n")
                .write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\nattachments:\n"
                        + "  - {file: list.csv}\n---\n\n正文。\n")
                .write("content/releases/a/list.csv", "序号,名称\n1,管网\n")
                .write("content/tasks/t.yaml", "- id: \"7\"\n  round: r2\n  problem: 某问题\n  status: 已完成\n"
                        + "  attachments:\n    - {file: b.csv}\n")
                .write("content/tasks/files/7/b.csv", "序号\n1\n");
        for (String f : List.of("releases/a.md", "releases/a/list.csv", "tasks/t.yaml", "tasks/files/7/b.csv")) {
            old(site.root().resolve("content/" + f));
        }
        assertEquals(List.of(), preview(site));

        Files.writeString(site.root().resolve("content/tasks/files/7/b.csv"), "序号\n" + "1\n".repeat(2000),
                StandardCharsets.UTF_8);
        assertEquals(List.of(), preview(site));
        assertTrue(Files.readString(out.resolve("tasks/7/index.html")).contains("（CSV表格，3.9 KB）"));

        Files.writeString(site.root().resolve("content/releases/a/list.csv"), "序号,名称\n1,电话13812345678\n",
                StandardCharsets.UTF_8);
        List<String> found = preview(site);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("content/releases/a.md:5:12: error: attachment 'list.csv' holds a mobile "
                + "number (138****5678)"), found::toString);
    }
}
