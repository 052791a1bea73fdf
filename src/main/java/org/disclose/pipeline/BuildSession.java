package org.disclose.pipeline;

import java.util.List;
import java.util.Map;
import org.disclose.content.ReadCache;
import org.disclose.diag.Diagnostic;
import org.disclose.markdown.Markdown;
import org.disclose.render.Route;

/**
 * What a preview server keeps from one build to the next, so that saving a file re-reads that file and re-renders
 * only the pages it changes: the files read, and the pages and files now in the preview folder. Used by one build
 * at a time; the search index it leaves for later ({@link #takeLater()}) may be written while the next build runs.
 */
public final class BuildSession {

    final ReadCache reads;
    /** The Markdown renderer of the files read: it knows where each of their links was written. */
    Markdown markdown;
    /** What every page and file depends on (see {@link Build}); when it changes, no page is kept. */
    String shared = "";
    /** The routes of the pages in the folder, by file. */
    Map<String, Route> routes = Map.of();
    /** Every other file in the folder with its bytes; pages stand in with an empty array. */
    volatile Map<String, byte[]> files = Map.of();
    /** What the last good build reported (warnings, notes): a save that only changes these still shows. */
    List<Diagnostic> diagnostics = List.of();
    /** The search index files in the folder (written by {@link #takeLater()}'s work, on another thread). */
    volatile Map<String, byte[]> search = Map.of();
    private Runnable later;

    /** @param strict whether the session's builds count warnings as errors */
    public BuildSession(boolean strict) {
        this.reads = new ReadCache(strict);
    }

    /**
     * Starts afresh when what everything depends on changed: every file is read and every page rendered again (the
     * files in the folder stay known, so that those the site no longer has are removed). True when it did.
     */
    boolean basedOn(String shared) {
        if (shared.equals(this.shared) && markdown != null) {
            return false;
        }
        reads.clear();
        routes = Map.of();
        this.shared = shared;
        return true;
    }

    /** Forgets all: the next build reads every file and rewrites the folder (after a failed write, for one). */
    void forget() {
        reads.clear();
        markdown = null;
        shared = "";
        routes = Map.of();
        files = Map.of();
        search = Map.of();
        diagnostics = List.of();
        later = null;
    }

    void later(Runnable work) {
        later = work;
    }

    /**
     * What the last build left to do once its pages are shown (write the search index), or null. The work may run
     * on another thread while the next build runs, one at a time, in order: it writes only the search index's files.
     */
    public Runnable takeLater() {
        Runnable work = later;
        later = null;
        return work;
    }
}
