package org.disclose.serve;

import static org.disclose.Contains.assertContains;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's build thread survives a build that threw (a bug, a stack overflow): the pages show the failure, and
 * the next save is built and served as usual.
 */
class PreviewAfterFailureTest {

    @TempDir
    Path dir;

    private Serve serve;

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    private static String release(String title) {
        return "---\ntitle: " + title + "\ndate: 2023-05-10\n---\n\n正文。\n";
    }

    @Test
    void aPreviewKeepsWorkingAfterBuildsThatThrew() throws IOException {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("第一版"));
        AtomicInteger failuresLeft = new AtomicInteger();
        AtomicInteger kind = new AtomicInteger();
        Serve.Log log = new Serve.Log() {
            @Override
            public BuildProgress starting(Set<String> changed) {
                return new BuildProgress() {
                    @Override
                    public void rendered() {
                        if (failuresLeft.getAndDecrement() > 0) {
                            if (kind.get() == 0) {
                                throw new IllegalStateException("boom");
                            }
                            throw new StackOverflowError();
                        }
                    }
                };
            }
        };
        serve = Serve.start(new Serve.Settings(site.root(), InetAddress.getLoopbackAddress(), 0, false, false, false),
                log);
        PreviewClient client = new PreviewClient(serve.url());
        client.await("releases/a/", r -> r.statusCode() == 200 && r.body().contains("第一版"));

        for (int k = 0; k < 2; k++) {
            kind.set(k);
            failuresLeft.set(1_000_000);
            site.write("content/releases/a.md", release("坏版" + k));
            // the preview may first catch the file half-written (a content error, also 500): wait for the crash
            HttpResponse<String> failed = client.await("releases/a/", r -> r.statusCode() == 500
                    && r.body().contains("internal error"));
            assertContains(failed.body(), "internal error while rendering");
            assertContains(failed.body(), k == 0 ? "please report" : "nests too deeply");

            failuresLeft.set(0);
            String fixed = "修好版" + k;
            site.write("content/releases/a.md", release(fixed));
            client.await("releases/a/", r -> r.statusCode() == 200 && r.body().contains(fixed));
        }
    }
}
