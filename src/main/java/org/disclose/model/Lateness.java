package org.disclose.model;

/** How a task stands against its dated deadline, when it is late at all. */
public enum Lateness {
    /** 逾期完成: done, but on a day after the deadline. */
    COMPLETED_LATE,
    /** 已逾期: not done, and the content already speaks of a day after the deadline. */
    OVERDUE
}
