package org.disclose.pipeline;

import org.disclose.config.Precompression;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.disclose.content.ReadCache;
import org.disclose.diag.Diagnostic;
import org.disclose.markdown.Markdown;
import org.disclose.publish.Output;

/**
 * All that a build of the site and a preview build differ in: where the inputs come from (read afresh, or through a
 * session that remembers what it read) and where the files go (a staged folder that replaces the site, or the served
 * preview folder, updated in place). The pipeline itself is the same ({@link Build}).
 */
interface BuildMode {

    /**
     * Whether the site already is exactly what this build would make, so that there is nothing to do
     * ({@link BuildResult#upToDate()}); only a build of the site can tell, before reading anything.
     */
    boolean upToDate();

    /** What the content files are read through. */
    ReadCache reads();

    /**
     * The Markdown renderer to read with.
     *
     * @param readWith everything reading depends on besides the files (code, theme, settings), as text
     */
    Markdown markdown(String readWith, Supplier<Markdown> fresh);

    /** Where this build's files go; nothing shows before its commit. */
    Output open(Precompression precompress) throws IOException;

    /** The build's files are the site now: what it keeps for the next build is kept. */
    default void committed() {
    }

    /** What the site records of this build, given the digests of its pages ({@link RenderCache#record()}). */
    String record(String pages);

    /**
     * Whether a successful build shows nothing new: no file changed and the same messages as the last one
     * ({@link BuildResult#nothingNew()}); only a preview can tell, as it remembers what it showed.
     */
    boolean nothingNew(List<Diagnostic> found, Output.Committed committed);

    /** Forgets what a failed write or a crash may have left half done: the next build starts afresh. */
    void forget();

    /**
     * This build leaves something to do after its commit (the publication record to append to): the site it commits
     * must not count as up to date, so that a build after a failure to finish does it.
     */
    default void stale() {
    }
}
