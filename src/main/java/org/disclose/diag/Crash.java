package org.disclose.diag;

import java.util.Locale;

/**
 * What a build says when it cannot go on through no fault it can name in the content: its own code failed (a bug),
 * the text nests deeper than the reader's stack, or Java ran out of memory. One line an author can act on and a
 * maintainer can place, never a trace of a thousand lines, and always with the file when one is known.
 */
public final class Crash {

    private Crash() {
    }

    /**
     * Runs {@code work}, one unit of a build (reading a file, rendering a page); when it fails (any exception or
     * error: a class Java cannot load is as much a reason to stop with one line as a bug is), the failure
     * becomes an error at {@code pos} and the build goes on with the other units, so that the report names every file
     * that fails. True when the work finished.
     */
    public static boolean guard(SourcePos pos, String doing, Diagnostics diagnostics, Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException | Error e) {
            diagnostics.error(pos, message(doing, e));
            return false;
        }
    }

    /**
     * The message for {@code e}, thrown while doing {@code doing} ("reading this file", "rendering this page",
     * "the derive stage").
     */
    public static String message(String doing, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the build ran out of memory while " + doing + " (Java may use at most " + heapMiB()
                    + " MiB here): the content needs more than that; split the largest tables or files (the limits "
                    + "are in docs/content.md, section 14.4), or give Java more memory with "
                    + "DISCLOSE_JAVA_OPTS=-Xmx4g";
        }
        if (e instanceof StackOverflowError) {
            return "internal error while " + doing + ": the text nests too deeply for Disclose to follow (a stack "
                    + "overflow); make its nesting shallower (block quotes, lists, brackets, YAML), and please report "
                    + "it to the maintainers of Disclose with this file";
        }
        return "internal error while " + doing + ": please report it to the maintainers of Disclose with this "
                + "message and the file it names (" + describe(e) + ")";
    }

    /** The exception's type, the first line of its message and the place in Disclose's code it came from. */
    static String describe(Throwable e) {
        String text = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (text.length() > 200) {
            text = text.substring(0, 200) + "…";
        }
        StringBuilder s = new StringBuilder(e.getClass().getName());
        if (!text.isEmpty()) {
            s.append(": ").append(text);
        }
        StackTraceElement[] trace = e.getStackTrace();
        StackTraceElement at = trace.length == 0 ? null : trace[0];
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith("org.disclose.")) {
                at = frame;
                break;
            }
        }
        if (at != null) {
            s.append(" at ").append(at);
        }
        return s.toString().replaceAll("\\p{Cntrl}", " ");
    }

    private static String heapMiB() {
        return String.format(Locale.ROOT, "%,d", Runtime.getRuntime().maxMemory() >> 20);
    }
}
