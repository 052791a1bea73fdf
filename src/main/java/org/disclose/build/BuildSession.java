package org.disclose.build;

import java.util.Map;
import org.disclose.content.ReadCache;
import org.disclose.render.Route;

/**
 * What a preview server keeps from one build to the next, so that saving a file re-reads that file and re-renders
 * only the pages it changes: the files read, and the pages and files now in the preview folder. Used by one thread.
 */
public final class BuildSession {

    final ReadCache reads;
    /** What every page and file depends on (see {@link Build}); when it changes, no page is kept. */
    String shared = "";
    /** The routes of the pages in the folder, by file. */
    Map<String, Route> routes = Map.of();
    /** Every other file in the folder with its bytes; pages stand in with an empty array. */
    Map<String, byte[]> files = Map.of();
    /** The search index files in the folder. */
    Map<String, byte[]> search = Map.of();
    private Runnable later;

    /** @param strict whether the session's builds count warnings as errors */
    public BuildSession(boolean strict) {
        this.reads = new ReadCache(strict);
    }

    /**
     * Starts afresh when what everything depends on changed: every file is read and every page rendered again (the
     * files in the folder stay known, so that those the site no longer has are removed).
     */
    void basedOn(String shared) {
        if (!shared.equals(this.shared)) {
            reads.clear();
            routes = Map.of();
            this.shared = shared;
        }
    }

    /** Forgets all: the next build reads every file and rewrites the folder (after a failed write, for one). */
    void forget() {
        reads.clear();
        shared = "";
        routes = Map.of();
        files = Map.of();
        search = Map.of();
        later = null;
    }

    void later(Runnable work) {
        later = work;
    }

    /**
     * Finishes the last build: writes what it left for after its pages were served (the search index). Call it
     * after showing the build, before the next one.
     */
    public void finish() {
        Runnable work = later;
        later = null;
        if (work != null) {
            try {
                work.run();
            } catch (RuntimeException e) {
                forget(); // the folder is no longer known: the next build rewrites it
                throw e;
            }
        }
    }
}
