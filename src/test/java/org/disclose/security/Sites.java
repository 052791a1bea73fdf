package org.disclose.security;

import java.util.ArrayList;
import java.util.List;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;

/** Helpers for the security tests: YAML quoting of hostile strings, and what a build reported per line. */
final class Sites {

    static final String ROUND = "- id: round2\n  name: 第二轮中央生态环境保护督察\n  stationedFrom: 2021-08-25\n"
            + "  stationedTo: 2021-09-26\n  feedbackDate: 2021-12-12\n";

    private Sites() {
    }

    /** {@code s} as a YAML double-quoted scalar: every character outside printable ASCII written as an escape. */
    static String yamlQuoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.appendCodePoint(c);
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append('"').toString();
    }

    static List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    /** The lines of {@code path} that have no error containing {@code words}, among {@code lines}. */
    static List<Integer> linesWithoutError(BuildResult r, String path, List<Integer> lines, String words) {
        List<Integer> missing = new ArrayList<>();
        for (int line : lines) {
            String prefix = path + ":" + line + ":";
            if (messages(r).stream().noneMatch(m -> m.startsWith(prefix) && m.contains(": error: ")
                    && m.contains(words))) {
                missing.add(line);
            }
        }
        return missing;
    }
}
