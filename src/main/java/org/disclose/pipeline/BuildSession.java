package org.disclose.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.disclose.content.ReadCache;
import org.disclose.diag.Diagnostic;
import org.disclose.markdown.Markdown;
import org.disclose.publish.LiveOutput;

/**
 * What a preview server keeps from one build to the next, so that saving a file re-reads that file and re-renders
 * only the pages it changes: the files read, the Markdown renderer that read them, and the preview folder with what
 * it holds. Used by one build at a time; the search index it leaves for later ({@link #takeLater()}) may be written
 * while the next build runs.
 */
public final class BuildSession {

    private final ReadCache reads;
    /** The Markdown renderer of the files read: it knows where each of their links was written. */
    private Markdown markdown;
    /** What the files were read with (code, theme, settings); when it changes, every file is read again. */
    private String readWith = "";
    private LiveOutput folder;
    /** What the last good build reported (warnings, notes): a save that only changes these still shows. */
    private List<Diagnostic> shown = List.of();

    /** @param strict whether the session's builds count warnings as errors */
    public BuildSession(boolean strict) {
        this.reads = new ReadCache(strict);
    }

    ReadCache reads() {
        return reads;
    }

    /** The renderer the session's files were read with, or a fresh one, all to be read again, if that changed. */
    Markdown markdown(String readWith, Supplier<Markdown> fresh) {
        if (markdown == null || !readWith.equals(this.readWith)) {
            reads.clear();
            markdown = fresh.get();
            this.readWith = readWith;
        }
        return markdown;
    }

    /** The preview folder, which remembers what it holds; a session moved to another folder starts that afresh. */
    LiveOutput output(Path path) {
        if (folder == null || !folder.folder().equals(path.toAbsolutePath().normalize())) {
            folder = new LiveOutput(path);
        }
        return folder;
    }

    /** Records what a good build reported; true when that is what the last showed, and no file changed. */
    boolean shown(List<Diagnostic> found, boolean changed) {
        boolean same = !changed && found.equals(shown);
        shown = found;
        return same;
    }

    /** Forgets all: the next build reads every file and rewrites the folder (after a failed write, for one). */
    void forget() {
        reads.clear();
        markdown = null;
        readWith = "";
        shown = List.of();
        if (folder != null) {
            folder.forget();
        }
    }

    /**
     * What the last build left to do once its pages are shown (write the search index), or null. The work may run
     * on another thread while the next build runs, one at a time, in order: it writes only the search index's files.
     */
    public Runnable takeLater() {
        return folder == null ? null : folder.takeLater();
    }
}
