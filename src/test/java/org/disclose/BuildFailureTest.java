package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildProgress;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build never ends in an exception: whatever its own code throws, a stack overflow or running out of memory, it
 * fails with one located, one-line error and leaves the site as it was. The failures are thrown from the progress a
 * build reports to, which the build calls from the same places as its own code (a page's render, a stage's end).
 */
class BuildFailureTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\n---\n\n正文。\n");
    }

    /** A progress that throws {@code failure} when a page has been rendered. */
    private static BuildProgress failingPage(Supplier<Throwable> failure) {
        return new BuildProgress() {
            @Override
            public void rendered() {
                throwIt(failure.get());
            }
        };
    }

    private static void throwIt(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }

    @Test
    void aFailureWhileRenderingAPageNamesThePageAndItsFileInOneLine() throws Exception {
        TestSite site = site();
        assertTrue(site.build().ok());
        String before = site.read("releases/a/index.html");
        for (Supplier<Throwable> failure : List.<Supplier<Throwable>>of(
                () -> new IllegalStateException("boom\nsecond line"), StackOverflowError::new,
                () -> new OutOfMemoryError("Java heap space"))) {
            Files.writeString(site.root().resolve("content/releases/a.md"),
                    "---\ntitle: 标题" + failure.get().getClass().getSimpleName() + "\ndate: 2023-05-10\n---\n\n正文。\n");
            BuildResult result = Build.run(site.options(), failingPage(failure));
            assertFalse(result.ok());
            List<Diagnostic> errors = result.diagnostics();
            if (failure.get() instanceof OutOfMemoryError) {
                // the pages not yet begun are skipped: each would run out of memory too
                assertTrue(errors.size() <= Runtime.getRuntime().availableProcessors() + 1, errors.toString());
                for (Diagnostic d : errors) {
                    assertContains(d.message(), "ran out of memory while rendering");
                }
            } else {
                assertTrue(errors.stream().anyMatch(d -> d.toString().startsWith("content/releases/a.md:")
                        && d.message().contains("while rendering releases/a/index.html")), errors.toString());
            }
            for (Diagnostic d : errors) {
                assertNotContains(d.message(), "\n", "one line");
                assertTrue(d.message().length() < 600, d.toString());
            }
            String first = errors.get(0).message();
            Throwable thrown = failure.get();
            if (thrown instanceof OutOfMemoryError) {
                assertContains(first, "ran out of memory");
                assertContains(first, "-Xmx");
            } else if (thrown instanceof StackOverflowError) {
                assertContains(first, "nests too deeply");
            } else {
                assertContains(first, "internal error");
                assertContains(first, "please report");
                assertContains(first, "IllegalStateException: boom");
                assertNotContains(first, "second line");
            }
            assertEquals(before, site.read("releases/a/index.html"), "the site is left as it was");
        }
    }

    @Test
    void manyFailuresAreReportedTwentyAndThenCounted() {
        TestSite site = site();
        for (int i = 0; i < 40; i++) {
            site.write("content/releases/r" + i + ".md", "---\ntitle: 标题" + i + "\ndate: 2023-05-10\n---\n\n正文。\n");
        }
        BuildResult result = Build.run(site.options(), failingPage(() -> new IllegalStateException("boom")));
        List<String> messages = result.diagnostics().stream().map(Diagnostic::message).toList();
        assertEquals(21, messages.size(), messages.toString());
        assertEquals(20, messages.stream().filter(m -> m.startsWith("internal error while rendering")).count());
        assertContains(messages, "and more files failed as those above: fix those first");
    }

    @Test
    void aFailureOutsideAnyFileNamesTheStage() {
        TestSite site = site();
        BuildResult result = Build.run(site.options(), new BuildProgress() {
            @Override
            public void stageDone(String stage, String counts, long millis) {
                if (stage.equals("generate")) {
                    throw new StackOverflowError();
                }
            }
        });
        assertFalse(result.ok());
        assertEquals(1, result.errors());
        Diagnostic d = result.diagnostics().get(0);
        assertTrue(d.toString().startsWith("disclose:1:1: error: internal error while running the derive stage"),
                d.toString());
        assertFalse(Files.exists(site.output()), "nothing was written");
    }
}
