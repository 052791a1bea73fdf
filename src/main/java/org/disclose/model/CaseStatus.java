package org.disclose.model;

import java.util.List;
import java.util.Optional;

/** Where a typical case (典型案例) stands, in the phrases provincial releases use for them. */
public enum CaseStatus {
    COMPLETED("已完成整改", "completed"),
    NEARLY_DONE("整改接近尾声", "nearly-done"),
    INTERIM_RESULTS("取得阶段性成效", "interim-results"),
    IN_PROGRESS("持续推进", "in-progress");

    private final String label;
    private final String key;

    CaseStatus(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    public static Optional<CaseStatus> parse(String text) {
        return Terms.parse(values(), CaseStatus::label, text);
    }

    public static List<String> labels() {
        return Terms.labels(values(), CaseStatus::label);
    }
}
