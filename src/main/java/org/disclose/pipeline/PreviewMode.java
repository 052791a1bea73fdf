package org.disclose.pipeline;

import org.disclose.config.Precompression;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.disclose.content.ReadCache;
import org.disclose.diag.Diagnostic;
import org.disclose.markdown.Markdown;
import org.disclose.publish.Output;

/**
 * A build of a preview session ({@code disclose serve}): files read through the session, which reads again only
 * those that changed, and the session's folder updated in place, only where files changed.
 */
record PreviewMode(BuildSession session, Path folder) implements BuildMode {

    /** A preview knows what changed from its session and pages; there is no marker to compare with. */
    @Override
    public boolean upToDate() {
        return false;
    }

    @Override
    public ReadCache reads() {
        return session.reads();
    }

    @Override
    public Markdown markdown(String readWith, Supplier<Markdown> fresh) {
        return session.markdown(readWith, fresh);
    }

    @Override
    public Output open(Precompression precompress) {
        return session.output(folder);
    }

    @Override
    public String record(String pages) {
        return pages;
    }

    @Override
    public boolean nothingNew(List<Diagnostic> found, Output.Committed committed) {
        return session.shown(found, committed.changed());
    }

    @Override
    public void forget() {
        session.forget();
    }
}
