package org.disclose.pipeline;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.disclose.model.Freshness;

/**
 * The outcome of a build: every diagnostic, how many pages and files it published (zero when it failed), how many
 * pages it had to render (the others were drawn from exactly the same inputs before), and how many files were kept
 * unchanged from the previous site.
 *
 * @param upToDate   a build of the site that did nothing: the site was already made from exactly these inputs, so
 *                   nothing was read or written (0 pages, 0 files). Always false for a preview build.
 * @param nothingNew a preview build that published, but shows nothing new: no file of the preview changed and it
 *                   reported the same messages as the last one. Always false for a build of the site.
 * @param freshness  each column's age when the options asked for it ({@link BuildOptions#freshnessOn}), else empty
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int rendered, int files, int unchanged,
                          long millis, boolean upToDate, boolean nothingNew, List<Freshness.ColumnAge> freshness) {

    public BuildResult(List<Diagnostic> diagnostics, int pages, int rendered, int files, int unchanged,
                       long millis, boolean upToDate, boolean nothingNew) {
        this(diagnostics, pages, rendered, files, unchanged, millis, upToDate, nothingNew, List.of());
    }

    public static BuildResult upToDate(long millis) {
        return new BuildResult(List.of(), 0, 0, 0, 0, millis, true, false);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}
