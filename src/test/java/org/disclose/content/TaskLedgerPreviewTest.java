package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.disclose.pipeline.BuildResult;
import org.disclose.pipeline.BuildSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a preview session a {@code .yaml} of {@code content/tasks/} is a task list or a ledger's sidecar according to
 * the ledger beside it, so that a ledger saved beside it, or removed, changes what it is even though it did not change.
 */
class TaskLedgerPreviewTest {

    @TempDir
    Path dir;
    @TempDir
    Path out;

    private final BuildSession session = new BuildSession(false);

    private List<String> preview(TestSite site) {
        BuildResult r = Build.preview(BuildOptions.defaults(site.root()).withOutput(out), BuildProgress.NONE, session);
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aSidecarBecomesATaskListAndBackAsItsLedgerComesAndGoes() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/rounds.yaml", TaskLedgerBuildTest.ROUNDS)
                .write("content/tasks/ledger.yaml", "round: r2\n");
        Path sidecar = site.root().resolve("content/tasks/ledger.yaml");
        // old enough for the session to trust that an unchanged stamp means unchanged content
        Files.setLastModifiedTime(sidecar, FileTime.from(Instant.now().minusSeconds(3600)));
        String notAList = "content/tasks/ledger.yaml:1:1: error: content/tasks/ledger.yaml must be a list of records, "
                + "each starting with '- ', not a mapping (key: value)";
        assertEquals(List.of(notAList), preview(site));

        site.write("content/tasks/ledger.csv", "序号,督察反馈问题,整改状态\n1,某问题,已完成\n");
        assertEquals(List.of(), preview(site));
        assertTrue(Files.isRegularFile(out.resolve("tasks/1/index.html")));

        Files.delete(site.root().resolve("content/tasks/ledger.csv"));
        assertEquals(List.of(notAList), preview(site));
    }
}
