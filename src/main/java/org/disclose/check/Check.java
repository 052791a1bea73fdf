package org.disclose.check;

import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;

/** One named rule about the content, reporting what breaks it. */
public interface Check {

    void check(Content content, Diagnostics diagnostics);

    /**
     * Whether the rule compares totals across records, and so would only repeat an earlier error as a false mismatch
     * when some record could not be read.
     */
    default boolean needsEveryRecord() {
        return false;
    }
}
