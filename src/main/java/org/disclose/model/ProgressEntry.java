package org.disclose.model;

import java.io.Serializable;
/** One dated entry in a task's progress log (整改进展). */
public record ProgressEntry(ContentDate date, TaskStatus status, String note, Where where) implements Serializable {
}
