package org.disclose.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclose.pipeline.BuildProgress;

/**
 * How a long build shows its progress on standard error. On a terminal: one line, redrawn in place, naming the
 * stage under way with its counts ({@code render 4,213/17,476 pages}), and erased when the build ends so that only
 * the summary remains. Otherwise (a log file, CI): one plain line per stage, and only for builds that take longer
 * than {@link #LONG_MILLIS}, so that short builds print nothing but their summary. {@code --quiet}: nothing.
 */
final class Progress implements BuildProgress {

    /** A build that takes longer than this is long enough to report its stages. */
    static final long LONG_MILLIS = 2000;
    private static final long REDRAW_MILLIS = 200;
    private static final Map<String, String> NEXT = Map.of("read", "check", "check", "generate",
            "generate", "derive", "derive", "render+write", "render+write", "commit");

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final List<String> held = new ArrayList<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private volatile int total;
    private volatile String done = "";
    private volatile String current = "read";
    private volatile boolean finished;
    private Thread ticker;
    private boolean drawn;

    private Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** The progress display for a command: none when quiet, a redrawn line on a terminal, plain lines otherwise. */
    static BuildProgress start(boolean quiet) {
        if (quiet) {
            return NONE;
        }
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        Progress p = new Progress(System.err, terminal);
        if (terminal) {
            p.ticker = new Thread(p::tick, "disclose-progress");
            p.ticker.setDaemon(true);
            p.ticker.start();
        }
        return p;
    }

    /** For tests: plain lines on {@code err}, as when standard error is not a terminal. */
    static Progress plain(PrintStream err) {
        return new Progress(err, false);
    }

    /** Ends the display: erases the line on a terminal. Does nothing to {@link #NONE}. */
    static void finish(BuildProgress progress) {
        if (progress instanceof Progress p) {
            p.finish();
        }
    }

    @Override
    public void stageDone(String stage, String counts, long millis) {
        if (!counts.isEmpty()) {
            done = stage + " " + counts;
        }
        current = NEXT.getOrDefault(stage, "");
        if (!terminal) {
            line(String.format(Locale.ROOT, "%s%s (%.2f s)", stage, counts.isEmpty() ? "" : ": " + counts,
                    millis / 1000.0));
        }
    }

    @Override
    public void rendering(int pages) {
        total = pages;
    }

    @Override
    public void rendered() {
        rendered.incrementAndGet();
    }

    private synchronized void line(String text) {
        if (finished) {
            return;
        }
        if (elapsed() < LONG_MILLIS) {
            held.add(text);
            return;
        }
        held.forEach(err::println);
        held.clear();
        err.println(text);
    }

    private void tick() {
        while (!finished) {
            try {
                Thread.sleep(REDRAW_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            draw();
        }
    }

    private synchronized void draw() {
        if (finished || elapsed() < 500) {
            return;
        }
        String now = current.equals("render+write") && total > 0
                ? String.format(Locale.ROOT, "render %,d/%,d pages", rendered.get(), total)
                : current.isEmpty() ? "" : current + " …";
        String text = String.format(Locale.ROOT, "Building (%.0f s): %s%s%s", elapsed() / 1000.0, done,
                done.isEmpty() || now.isEmpty() ? "" : " · ", now);
        err.print("\r\033[K" + (text.length() > 78 ? text.substring(0, 77) + "…" : text));
        err.flush();
        drawn = true;
    }

    synchronized void finish() {
        finished = true;
        if (ticker != null) {
            ticker.interrupt();
        }
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
        if (!terminal && elapsed() >= LONG_MILLIS) {
            held.forEach(err::println);
        }
        held.clear();
    }

    private long elapsed() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
