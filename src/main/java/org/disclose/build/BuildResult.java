package org.disclose.build;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;

/** The outcome of a build: every diagnostic, and how many pages and files were written (zero when it failed). */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int files, long millis) {

    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}
