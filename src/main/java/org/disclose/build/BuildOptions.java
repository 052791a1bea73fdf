package org.disclose.build;

import java.nio.file.Path;

/**
 * How to build: the site root (holding {@code content/} and {@code themes/}), the output folder, and the switches of
 * {@code disclose build}.
 */
public record BuildOptions(Path root, Path output, boolean drafts, String baseUrl, boolean strict) {

    public static BuildOptions defaults(Path root) {
        return new BuildOptions(root, root.resolve("site"), false, null, false);
    }

    public BuildOptions withOutput(Path out) {
        return new BuildOptions(root, out, drafts, baseUrl, strict);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(root, output, d, baseUrl, strict);
    }
}
