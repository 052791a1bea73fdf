package org.disclose.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclose.diag.Crash;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.publish.LinkCheck;
import org.disclose.publish.LiveOutput;
import org.disclose.render.Route;

/**
 * How a preview build updates its folder: it renders the pages whose route differs from the session's last build,
 * checks links, and only when all is clean writes what changed and removes what the site no longer has. The search
 * index follows once the pages are served ({@link BuildSession#takeLater()}): nothing links into it, and it takes
 * longer than all the rest of a save.
 */
final class PreviewUpdate {

    /** Stands for a page in {@link BuildSession#files}: pages are compared by their routes, not their bytes. */
    private static final byte[] PAGE = new byte[0];

    private final BuildSession session;
    private final LiveOutput out;
    private final Diagnostics diagnostics;
    private final AtomicInteger changed = new AtomicInteger();

    PreviewUpdate(BuildSession session, Path folder, Diagnostics diagnostics) throws IOException {
        this.session = session;
        this.out = new LiveOutput(folder);
        this.diagnostics = diagnostics;
    }

    /**
     * Renders the changed pages and checks links; false when the build has errors. Nothing is written then, except
     * by a first build, which writes its pages as they come (and records them, so that the next build removes those
     * the site does not have).
     */
    boolean render(Plan plan, LinkCheck links, BuildProgress progress, Map<String, byte[]> pages) {
        Map<String, Route> before = session.routes;
        Map<String, SourcePos> kept = new ConcurrentHashMap<>();
        // The pages of a first build are written as they come: there is no earlier build to keep showing.
        boolean first = session.files.isEmpty();
        progress.rendering(plan.routes().size());
        Crash.Units units = new Crash.Units(diagnostics);
        plan.routes().parallelStream().forEach(r -> units.run(r.source(), "rendering " + r.file(), () -> {
            if (r.equals(before.get(r.file()))) {
                kept.put(r.file(), r.source());
            } else {
                String html = plan.renderer().render(r);
                links.page(r.file(), html, r.source(), diagnostics);
                byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                if (first) {
                    out.write(r.file(), bytes);
                    changed.incrementAndGet();
                }
                pages.put(r.file(), first ? PAGE : bytes);
            }
            progress.rendered();
        }));
        links.kept(kept, session.files.keySet(), plan.files(), diagnostics);
        links.verify(plan.files(), diagnostics);
        if (diagnostics.hasErrors() && first) {
            // pages of a first build were written as they came: record them, so the next build removes strays
            Map<String, byte[]> written = new HashMap<>();
            pages.keySet().forEach(f -> written.put(f, PAGE));
            session.files = written;
        }
        return !diagnostics.hasErrors();
    }

    /** Writes the changed pages and files, removes the site's former files; how many files changed. */
    int write(Plan plan, Map<String, byte[]> pages) throws IOException {
        Map<String, byte[]> files = new HashMap<>(pages.size() * 2 + plan.data().size());
        Map<String, byte[]> other = new TreeMap<>(plan.data());
        for (Map.Entry<String, Path> e : plan.assets().entrySet()) {
            other.put(e.getKey(), Files.readAllBytes(e.getValue()));
        }
        for (Map.Entry<String, Path> e : plan.copies().entrySet()) {
            other.put(e.getKey(), Files.readAllBytes(e.getValue()));
        }
        other.forEach((file, bytes) -> {
            update(file, bytes);
            files.put(file, bytes);
        });
        pages.entrySet().parallelStream().filter(e -> e.getValue() != PAGE).forEach(e -> {
            out.write(e.getKey(), e.getValue());
            changed.incrementAndGet();
        });
        Map<String, Route> routes = new HashMap<>(plan.routes().size() * 2);
        plan.routes().forEach(r -> {
            routes.put(r.file(), r);
            files.put(r.file(), PAGE);
        });
        removeFormer(session.files, files);
        session.routes = routes;
        session.files = files;
        session.later(() -> search(plan));
        return changed.get();
    }

    /** Brings the search index up to date; it may run while the next build does, and touches only its files. */
    private void search(Plan plan) {
        Map<String, byte[]> before = session.search;
        Map<String, byte[]> files = plan.search().get();
        session.search = Map.of(); // until it is all written, what is on disk is not known
        files.forEach((file, bytes) -> {
            if (!Arrays.equals(before.get(file), bytes)) {
                out.write(file, bytes);
            }
        });
        before.keySet().stream().filter(f -> !files.containsKey(f)).forEach(out::delete);
        session.search = files;
    }

    private void update(String file, byte[] bytes) {
        if (!Arrays.equals(session.files.get(file), bytes)) {
            out.write(file, bytes);
            changed.incrementAndGet();
        }
    }

    private void removeFormer(Map<String, byte[]> before, Map<String, byte[]> now) {
        before.keySet().stream().filter(f -> !now.containsKey(f)).forEach(f -> {
            out.delete(f);
            changed.incrementAndGet();
        });
    }
}
