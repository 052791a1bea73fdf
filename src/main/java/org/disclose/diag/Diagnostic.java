package org.disclose.diag;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One finding about the content, printed as {@code path:line:col: error: message}. The path and the message are kept
 * printable: control and invisible characters they quote are escaped ({@link Printable}), whoever prints them.
 */
public record Diagnostic(SourcePos pos, Severity severity,
        String message) implements Serializable, Comparable<Diagnostic> {

    public Diagnostic {
        pos = Printable.of(pos);
        message = Printable.of(message);
    }

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.pos().path())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().col())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return pos + ": " + severity.label() + ": " + message;
    }
}
