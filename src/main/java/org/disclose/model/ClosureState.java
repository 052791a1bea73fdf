package org.disclose.model;

/** Where a closure notice stands on the data date; {@link #key} names its words in the theme's strings. */
public enum ClosureState {
    /** 公示中: the notice period runs. */
    NOTICE_RUNNING("closureStateRunning"),
    /** 公示期满: the notice period has ended, and the task is not (yet) accepted. */
    NOTICE_ENDED("closureStateEnded"),
    /** 已验收销号: accepted, and no notice period running. */
    ACCEPTED("closureStateAccepted");

    private final String key;

    ClosureState(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
