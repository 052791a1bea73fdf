package org.disclose.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a rectification task stands, in the words governments publish, from most to least advanced. {@code key} names the status in URLs-free
 * places such as CSS classes; the Chinese label is the official term and is what the site shows.
 */
public enum TaskStatus {
    CLOSED("已销号", "closed", true),
    COMPLETED("已完成", "completed", true),
    BASICALLY_COMPLETED("基本完成", "basically-completed", true),
    ON_SCHEDULE("达到序时进度", "on-schedule", false),
    BEHIND_SCHEDULE("未达到序时进度", "behind-schedule", false),
    NOT_STARTED("尚未启动", "not-started", false),
    LONG_TERM("长期坚持", "long-term", false);

    private final String label;
    private final String key;
    private final boolean done;

    TaskStatus(String label, String key, boolean done) {
        this.label = label;
        this.key = key;
        this.done = done;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    /** Counts as "done or basically done" (已经完成或基本完成) in the figures governments report. */
    public boolean isDone() {
        return done;
    }

    public static Optional<TaskStatus> parse(String text) {
        return Terms.parse(values(), TaskStatus::label, text);
    }

    public static List<String> labels() {
        return Terms.labels(values(), TaskStatus::label);
    }
}
