package org.disclose.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every finding of a build, from any thread, so that all of them are reported at once.
 * With {@code strict}, warnings count as errors.
 */
public final class Diagnostics {

    private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();
    private final boolean strict;

    public Diagnostics() {
        this(false);
    }

    public Diagnostics(boolean strict) {
        this.strict = strict;
    }

    public void error(SourcePos pos, String message) {
        found.add(new Diagnostic(pos, Severity.ERROR, message));
    }

    public void warning(SourcePos pos, String message) {
        found.add(new Diagnostic(pos, strict ? Severity.ERROR : Severity.WARNING, message));
    }

    public void note(SourcePos pos, String message) {
        found.add(new Diagnostic(pos, Severity.NOTE, message));
    }

    /** Reports again what was found before (reading a file that has not changed since). */
    public void addAll(List<Diagnostic> earlier) {
        found.addAll(earlier);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public boolean hasErrorsFor(String path) {
        return found.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.pos().path().equals(path));
    }

    public long errorCount() {
        return found.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /** Every finding, sorted by file, line and column. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(found);
        all.sort(null);
        return all;
    }
}
