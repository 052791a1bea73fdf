package org.disclose.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;

/**
 * Collects every finding of a build, from any thread, so that all of them are reported at once.
 * With {@code strict}, warnings count as errors. Messages quote what authors wrote, and a build log travels (CI keeps
 * it, people paste it into tickets): a redaction, such as the personal-data guard's mask, is applied to every
 * message and every file name on its way out.
 */
public final class Diagnostics {

    private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();
    private final boolean strict;
    private volatile UnaryOperator<String> redaction = UnaryOperator.identity();

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

    public long errorCount() {
        return found.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /** Every finding, redacted, sorted by file, line and column (and then by the message as printed). */
    public List<Diagnostic> sorted() {
        UnaryOperator<String> redact = redaction;
        List<Diagnostic> all = new ArrayList<>();
        for (Diagnostic d : found) {
            all.add(redacted(d, redact));
        }
        all.sort(null);
        return all;
    }

    /** The message and the file name masked: a file named after an ID number is printed with it masked too. */
    private static Diagnostic redacted(Diagnostic d, UnaryOperator<String> redact) {
        String message = redact.apply(d.message());
        String path = redact.apply(d.pos().path());
        if (message.equals(d.message()) && path.equals(d.pos().path())) {
            return d;
        }
        return new Diagnostic(new SourcePos(path, d.pos().line(), d.pos().col()), d.severity(), message);
    }
}
