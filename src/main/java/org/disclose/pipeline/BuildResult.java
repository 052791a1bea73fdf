package org.disclose.pipeline;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;

/**
 * The outcome of a build: every diagnostic, how many pages and files it published (zero when it failed), how many
 * pages it had to render (the others were drawn from exactly the same inputs before), how many files were kept
 * unchanged from the previous site, and whether the site was already up to date.
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int rendered, int files, int unchanged,
                          long millis, boolean upToDate) {

    public static BuildResult upToDate(long millis) {
        return new BuildResult(List.of(), 0, 0, 0, 0, millis, true);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}
