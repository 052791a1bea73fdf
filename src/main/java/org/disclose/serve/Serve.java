package org.disclose.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildSession;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Crash;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.disclose.diag.SourcePos;
import org.disclose.publish.Output;
import org.disclose.publish.StagingFolder;
import org.disclose.serve.PreviewServer.Phase;
import org.disclose.serve.PreviewServer.Snapshot;

/**
 * {@code disclose serve}: builds the site into a temporary folder (never into {@code site/}), serves it, and builds
 * again whenever a file under {@code content/} or {@code themes/} changes, reloading the pages open in browsers. A
 * build with errors changes nothing on disk: the pages show the errors, and the last good build stays available.
 *
 * <p>Every rebuild is a preview build ({@link Build#preview}): the pipeline of {@code disclose build}, but only the
 * files changed since the last build are read, only the pages they change are rendered, and the folder is updated
 * in place, file by file, once the build is clean. The search index follows once the pages are shown.
 */
public final class Serve implements Closeable {

    /** How long the files must be quiet after a change before the site is rebuilt. */
    static final Duration QUIET = Duration.ofMillis(30);
    private static final int WARM_UPS = 3;
    private static final String PREFIX = "disclose-serve-";
    /** The process serving from a temporary folder, so that a later preview can tell an abandoned one. */
    private static final String OWNER = "pid";

    /**
     * How to serve.
     *
     * @param bind where to listen: loopback unless the author asks otherwise
     * @param port 0 for any free port
     */
    public record Settings(Path root, InetAddress bind, int port, boolean drafts, boolean future, boolean strict) {
    }

    /** What the preview tells the person running it. */
    public interface Log {
        /** Hears nothing. */
        Log NONE = new Log() {
        };

        /** A build starts; what it reports goes to the progress returned. */
        default BuildProgress starting(Set<String> changed) {
            return BuildProgress.NONE;
        }

        /** A build finished; {@code changed} is what started it (empty for the first build). */
        default void built(BuildResult result, Set<String> changed, long millis) {
        }

        /** Something went wrong that the pages do not show. */
        default void trouble(String message) {
        }
    }

    private final Settings settings;
    private final Path temp;
    private final Path output;
    private final PreviewServer server;
    private final Watcher watcher;
    private final Log log;
    private final Thread builder;
    private final String instance = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final AtomicLong builds = new AtomicLong();
    private final BuildSession session;
    private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "disclose-serve-index");
                t.setDaemon(true);
                return t;
            });
    private final AtomicLong indexes = new AtomicLong();
    /** Builds started; the indexer shows what it withheld only while no newer build has begun. */
    private long started;
    private final Object showing = new Object();
    private volatile boolean closed;

    private Serve(Settings settings, Log log) throws IOException {
        this.settings = settings;
        this.log = log;
        this.session = new BuildSession(settings.strict());
        this.temp = Files.createTempDirectory(PREFIX);
        Files.writeString(temp.resolve(OWNER), ProcessHandle.current().pid() + " " + processNamespace());
        removeLeftovers(temp.getParent());
        this.output = temp.resolve("site");
        PreviewServer started = null;
        Watcher watching = null;
        try {
            watching = new Watcher(settings.root());
            started = new PreviewServer(output, settings.bind(), settings.port(),
                    new Snapshot(token(), Phase.FIRST_BUILD, List.of(), false));
        } catch (IOException | RuntimeException e) {
            if (watching != null) {
                watching.close();
            }
            delete(temp);
            throw e;
        }
        this.watcher = watching;
        this.server = started;
        this.builder = new Thread(this::run, "disclose-serve-build");
        this.builder.setDaemon(true);
    }

    /**
     * Starts serving: the server answers at once (with a "building" page), the first build runs in the background.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static Serve start(Settings settings, Log log) throws IOException {
        Serve serve = new Serve(settings, log);
        serve.builder.start();
        return serve;
    }

    /** The address of the site's home page, e.g. {@code http://127.0.0.1:1313/}. */
    public URI url() {
        return url(server.address());
    }

    private URI url(InetSocketAddress a) {
        InetAddress host = a.getAddress();
        String name = host.isAnyLocalAddress() ? "localhost"
                : host.getHostAddress().contains(":") ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + a.getPort() + "/");
    }

    /** The folder the preview is built into (inside a temporary folder removed on close). */
    public Path output() {
        return output;
    }

    /**
     * The options of every preview build: the author's switches, the temporary output, and the preview's own address
     * as {@code baseUrl}, so that the 404 page and the absolute links work here.
     */
    BuildOptions options() {
        return BuildOptions.defaults(settings.root()).withOutput(output).withDrafts(settings.drafts())
                .withFuture(settings.future()).withStrict(settings.strict()).withBaseUrl(url().toString());
    }

    private void run() {
        buildGuarded(Set.of(), false);
        // A build with nothing changed runs the code of a save; run a few now, and the compiler has made them quick
        // before the author's first save (at 10,000 releases the first saves took twice as long without).
        for (int i = 0; i < WARM_UPS && !closed && server.snapshot().phase() == Phase.OK; i++) {
            buildGuarded(Set.of(), true);
        }
        while (!closed) {
            Optional<Set<String>> changed;
            try {
                changed = watcher.awaitChange(QUIET);
            } catch (InterruptedException e) {
                return;
            }
            if (changed.isEmpty()) {
                return;
            }
            buildGuarded(changed.get(), false);
        }
    }

    /**
     * Builds, and whatever fails, keeps this thread (the preview's only builder) alive for the next save: a build
     * reports its own failures as errors (see {@link Build}); anything else thrown around it is shown on the pages.
     */
    private void buildGuarded(Set<String> changed, boolean warmUp) {
        try {
            build(changed, warmUp);
        } catch (RuntimeException | Error e) {
            String message = Crash.message("building the preview", e);
            log.trouble(message);
            server.publish(new Snapshot(token(), Phase.FAILED, List.of(new Diagnostic(SourcePos.file("disclose"),
                    Severity.ERROR, message)), server.snapshot().hasGoodBuild()));
        }
    }

    /** @param warmUp a build of nothing changed, to warm up the compiler: reported only if it finds a change */
    private void build(Set<String> changed, boolean warmUp) {
        long start = System.nanoTime();
        synchronized (showing) {
            started++;
        }
        Snapshot before = server.snapshot();
        BuildResult result;
        try {
            result = Build.preview(options(), warmUp ? BuildProgress.NONE : log.starting(changed), session);
        } catch (RuntimeException | Error e) {
            result = new BuildResult(List.of(new Diagnostic(SourcePos.file("disclose"), Severity.ERROR,
                    Crash.message("building the preview", e))), 0, 0, 0, 0, 0, false, false);
        }
        if (closed || (warmUp && result.nothingNew())) {
            return;
        }
        Snapshot next;
        if (result.ok()) {
            boolean same = result.nothingNew() && before.phase() == Phase.OK;
            next = same ? before : new Snapshot(token(), Phase.OK, result.diagnostics(), true);
        } else {
            next = new Snapshot(token(), Phase.FAILED, result.diagnostics(), before.hasGoodBuild());
        }
        if (next != server.snapshot()) {
            server.publish(next);
        }
        log.built(result, changed, (System.nanoTime() - start) / 1_000_000);
        index(session.takeLater());
    }

    /**
     * Writes the search index of the build just shown, on the indexer thread, so that the next save need not wait
     * for it; when saves come faster than that, only the newest index is written. An index withheld for what the
     * personal-data scan found in it is not written, and its findings are shown as a failed build's, as
     * {@code disclose build} would fail on them (unless a newer build has begun, which shows its own).
     */
    private void index(Runnable work) {
        if (work == null) {
            return;
        }
        long generation = indexes.incrementAndGet();
        long build;
        synchronized (showing) {
            build = started;
        }
        indexer.execute(() -> {
            if (generation != indexes.get() || closed) {
                return; // a newer build has an index to write
            }
            try {
                work.run();
            } catch (Output.Withheld e) {
                log.trouble(e.getMessage() + ":");
                e.findings().forEach(d -> log.trouble(d.toString()));
                synchronized (showing) {
                    Snapshot shown = server.snapshot();
                    if (build == started && !closed) {
                        List<Diagnostic> all = new java.util.ArrayList<>(shown.diagnostics());
                        all.addAll(e.findings());
                        server.publish(new Snapshot(token(), Phase.FAILED, all, shown.hasGoodBuild()));
                    }
                }
            } catch (RuntimeException | Error e) {
                // the pages are fine and stay shown; the next save writes the whole index again
                log.trouble("the search index could not be written: " + Crash.message("writing the search index", e));
            }
        });
    }

    private String token() {
        return instance + "-" + builds.incrementAndGet();
    }

    /** Stops serving and watching, and removes the temporary folder. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing to do
        }
        builder.interrupt();
        try {
            builder.join(60_000); // a build under way finishes writing into the folder before it is removed
            indexer.shutdown();
            indexer.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(temp);
    }

    /**
     * Removes the folders of previews that were killed rather than stopped (their process is gone), so that they do
     * not pile up in the temporary folder.
     */
    private static void removeLeftovers(Path tmp) {
        try (var folders = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path folder : folders) {
                try {
                    String[] owner = Files.readString(folder.resolve(OWNER)).strip().split(" ", 2);
                    // a process id means something only among the processes that wrote it (containers share /tmp)
                    boolean ours = (owner.length == 2 ? owner[1] : "").equals(processNamespace());
                    if (ours && ProcessHandle.of(Long.parseLong(owner[0])).isEmpty()) {
                        delete(folder);
                    }
                } catch (IOException | NumberFormatException e) {
                    // not one of ours, or still being set up: leave it
                }
            }
        } catch (IOException e) {
            // the temporary folder cannot be listed: nothing to clean
        }
    }

    /** Which set of process ids this process belongs to, where the system says (Linux); empty otherwise. */
    private static String processNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "";
        }
    }

    /** The first few of the files that changed, for a log line. */
    public static String describe(Set<String> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        // file names come from the content folder: printed, they must not drive the terminal (see Printable)
        List<String> first = changed.stream().limit(3).map(org.disclose.diag.Printable::of).toList();
        return String.join(", ", first) + (changed.size() > 3
                ? String.format(Locale.ROOT, " and %d more", changed.size() - 3) : "");
    }

    private static void delete(Path dir) {
        try {
            StagingFolder.deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is cleaned by the system
        }
    }
}
