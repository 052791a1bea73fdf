package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A closure notice's state follows from its dates against the data date, never the build clock. */
class ClosureStateTest {

    private static ContentDate d(String iso) {
        return ContentDate.parse(iso).orElseThrow();
    }

    private static Closure notice(String accepted, String from, String to, Long workingDays) {
        return new Closure(accepted == null ? null : d(accepted), from == null ? null : d(from),
                to == null ? null : d(to), workingDays, List.of(), null, null, null, null, null, null);
    }

    @Test
    void aNoticeBeforeAcceptanceRunsThenEndsThenIsAccepted() {
        Closure c = notice("2023-05-20", "2023-05-08", "2023-05-14", 5L);
        assertEquals(Optional.empty(), c.stateOn(d("2023-05-07")));
        assertEquals(Optional.of(ClosureState.NOTICE_RUNNING), c.stateOn(d("2023-05-08")));
        assertEquals(Optional.of(ClosureState.NOTICE_RUNNING), c.stateOn(d("2023-05-14")));
        assertEquals(Optional.of(ClosureState.NOTICE_ENDED), c.stateOn(d("2023-05-15")));
        assertEquals(Optional.of(ClosureState.ACCEPTED), c.stateOn(d("2023-05-20")));
    }

    @Test
    void aNoticeAfterAcceptanceRunsAndThenShowsTheAcceptance() {
        Closure c = notice("2023-04-20", "2023-04-21", "2023-04-27", null);
        assertEquals(Optional.of(ClosureState.ACCEPTED), c.stateOn(d("2023-04-20")));
        assertEquals(Optional.of(ClosureState.NOTICE_RUNNING), c.stateOn(d("2023-04-27")));
        assertEquals(Optional.of(ClosureState.ACCEPTED), c.stateOn(d("2023-04-28")));
    }

    @Test
    void workingDaysAloneNeverBringAnEnd() {
        Closure c = notice(null, "2023-05-08", null, 5L);
        assertEquals(Optional.empty(), c.stateOn(d("2023-05-09")));
        assertEquals(Optional.empty(), c.stateOn(d("2024-01-01")));
    }

    @Test
    void noDataDateNoState() {
        assertEquals(Optional.empty(), notice("2023-04-20", "2023-04-21", "2023-04-27", null).stateOn(null));
    }
}
