package org.disclose.model;

import java.util.List;
import java.util.Optional;

/** 是否属实: what the investigation found of a complaint. */
public enum Verdict {
    TRUE("属实"), BASICALLY_TRUE("基本属实"), PARTLY_TRUE("部分属实"), FALSE("不属实");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Verdict> parse(String text) {
        return Terms.parse(values(), Verdict::label, text);
    }

    public static List<String> labels() {
        return Terms.labels(values(), Verdict::label);
    }
}
