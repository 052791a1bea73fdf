package org.disclose.pipeline;

/**
 * Hears how a build is getting on, for a progress display ({@code disclose build} on a terminal, {@code disclose
 * serve}). Stages are those of {@link Build}: read, check, generate, derive, render+write, commit. Every method may
 * be called from a build's worker threads and must return quickly; none of them may change the build.
 */
public interface BuildProgress {

    /** Hears nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /**
     * A stage has finished.
     *
     * @param counts what it handled, in words ({@code 10,000 releases, 200 tasks}); empty when there is nothing to say
     */
    default void stageDone(String stage, String counts, long millis) {
    }

    /** Rendering begins: {@code total} pages are to be rendered and written. */
    default void rendering(int total) {
    }

    /** One more page has been rendered and written. Called from many threads at once. */
    default void rendered() {
    }
}
