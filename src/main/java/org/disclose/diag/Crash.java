package org.disclose.diag;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a build says when it cannot go on through no fault it can name in the content: its own code failed (a bug),
 * the text nests deeper than the reader's stack, or Java ran out of memory. One line an author can act on and a
 * maintainer can place, never a trace of a thousand lines, and always with the file when one is known.
 */
public final class Crash {

    private Crash() {
    }

    /** Failures reported one by one in a stage; the rest are counted in one more line. */
    static final int REPORTED = 20;

    /**
     * Guards the units of one stage of a build (the files it reads, the pages it renders), from any number of threads.
     * When a unit fails (any exception or error: a class Java cannot load is as much a reason to stop with one line as
     * a bug is), the failure becomes an error at the unit's file and the stage goes on with the other units, so that
     * the report names every file that fails; after {@link #REPORTED} of them, one line says how many more did. After
     * running out of memory, the units not yet begun are skipped: each would run out too.
     */
    public static final class Units {

        private final Diagnostics diagnostics;
        private final AtomicInteger failed = new AtomicInteger();
        private volatile boolean outOfMemory;

        public Units(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        /** Runs one unit; true when it finished. */
        public boolean run(SourcePos pos, String doing, Runnable work) {
            if (outOfMemory) {
                return false;
            }
            try {
                work.run();
                return true;
            } catch (RuntimeException | Error e) {
                outOfMemory |= e instanceof OutOfMemoryError;
                int n = failed.incrementAndGet();
                if (n <= REPORTED) {
                    diagnostics.error(pos, message(doing, e));
                } else if (n == REPORTED + 1) {
                    diagnostics.error(pos, "and more files failed as those above: fix those first");
                }
                return false;
            }
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
