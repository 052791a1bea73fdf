package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only 已办结 counts as closed (结案) in the reported totals; 阶段性办结 does not. */
class ComplaintClosedTest {

    private static Complaint complaint(Resolution r) {
        return new Complaint("1", "X1", "summary", "region", List.of(), null, Verdict.values()[0], null, null, r,
                null, null, null, 1, Where.at(null));
    }

    @Test
    void onlyClosedCountsAsClosed() {
        assertTrue(Resolution.CLOSED.isClosed());
        assertFalse(Resolution.PHASED.isClosed());
        assertFalse(Resolution.OPEN.isClosed());
        assertTrue(complaint(Resolution.CLOSED).closed());
        assertFalse(complaint(Resolution.PHASED).closed());
        assertFalse(complaint(Resolution.OPEN).closed());
    }
}
