package org.disclose.model;

import java.util.Arrays;
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
        return Arrays.stream(values()).filter(v -> v.label.equals(text)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Verdict::label).toList();
    }
}
