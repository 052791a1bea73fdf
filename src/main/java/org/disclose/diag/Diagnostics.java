package org.disclose.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;

/**
 * Collects every finding of a build, from any thread, so that all of them are reported at once.
 * With {@code strict}, warnings count as errors. Messages quote what authors wrote, and a build log travels (CI keeps
 * it, people paste it into tickets): a redaction, such as the personal-data guard's mask, is applied to every
 * message and every file name on its way out. Findings are kept as reported and become {@link Diagnostic}s (which
 * escape control characters) only then, so that the redaction sees what the author wrote, not its escapes.
 */
public final class Diagnostics {

    /** A finding as reported: its message unredacted and unescaped. */
    private record Finding(SourcePos pos, Severity severity, String message) implements java.io.Serializable {
    }

    private final ConcurrentLinkedQueue<Finding> found = new ConcurrentLinkedQueue<>();
    private final boolean strict;
    private volatile UnaryOperator<String> redaction = UnaryOperator.identity();

    public Diagnostics() {
        this(false);
    }

    public Diagnostics(boolean strict) {
        this.strict = strict;
    }

    public void error(SourcePos pos, String message) {
        found.add(new Finding(pos, Severity.ERROR, message));
    }

    public void warning(SourcePos pos, String message) {
        found.add(new Finding(pos, strict ? Severity.ERROR : Severity.WARNING, message));
    }

    public void note(SourcePos pos, String message) {
        found.add(new Finding(pos, Severity.NOTE, message));
    }

    /** Reports again what was found before (reading a file that has not changed since). */
    public void addAll(List<Diagnostic> earlier) {
        earlier.forEach(d -> found.add(new Finding(d.pos(), d.severity(), d.message())));
    }

    /** The findings as reported, to keep between runs (those of reading a file); see {@link #addKept}. */
    public List<java.io.Serializable> kept() {
        return List.copyOf(found);
    }

    /** Reports again findings {@link #kept} by an earlier run. */
    public void addKept(List<?> kept) {
        kept.forEach(f -> found.add((Finding) f));
    }

    /** Reports again, as they were reported, the findings of another collection (a file read earlier). */
    public void addAll(Diagnostics earlier) {
        found.addAll(earlier.found);
    }

    /**
     * Masks what messages quote from now on, those recorded before included: it is applied when the findings are
     * read out, since what may be published (the site's allowlist) is known only once the settings are read, and
     * reading them gives messages too.
     */
    public void redactWith(UnaryOperator<String> redaction) {
        this.redaction = redaction;
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public boolean hasErrorsFor(String path) {
        return found.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.pos().path().equals(path));
    }

    /** Every finding, redacted, sorted by file, line and column (and then by the message as printed). */
    public List<Diagnostic> sorted() {
        UnaryOperator<String> redact = redaction;
        List<Diagnostic> all = new ArrayList<>();
        for (Finding f : found) {
            SourcePos pos = f.pos();
            String path = redact.apply(pos.path());
            if (!path.equals(pos.path())) { // a file named after an ID number is printed with it masked too
                pos = new SourcePos(path, pos.line(), pos.col());
            }
            all.add(new Diagnostic(pos, f.severity(), redact.apply(f.message())));
        }
        all.sort(null);
        return all;
    }
}
