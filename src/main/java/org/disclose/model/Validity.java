package org.disclose.model;

import java.util.List;
import java.util.Optional;

/**
 * 有效性, whether a published document is in force, in the words government websites show in an article's metadata
 * table: 有效 (in force), 失效 (expired, e.g. a time-limited notice), 废止 (repealed).
 */
public enum Validity {
    VALID("有效"),
    EXPIRED("失效"),
    REPEALED("废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Validity> parse(String text) {
        return Terms.parse(values(), Validity::label, text);
    }

    public static List<String> labels() {
        return Terms.labels(values(), Validity::label);
    }
}
