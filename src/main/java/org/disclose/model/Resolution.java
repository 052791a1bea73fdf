package org.disclose.model;

import java.util.List;
import java.util.Optional;

/** 是否办结: whether a complaint case is closed. Only 已办结 counts as closed (结案) in the reported totals. */
public enum Resolution {
    CLOSED("已办结", "closed"), PHASED("阶段性办结", "phased"), OPEN("未办结", "open");

    private final String label;
    private final String key;

    Resolution(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    /** Counts as closed (结案) in the reported totals: 已办结 only, not 阶段性办结. */
    public boolean isClosed() {
        return this == CLOSED;
    }

    public static Optional<Resolution> parse(String text) {
        return Terms.parse(values(), Resolution::label, text);
    }

    public static List<String> labels() {
        return Terms.labels(values(), Resolution::label);
    }
}
