package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tasks counted by status: done is 已销号, 已完成 and 基本完成; the latest update is the latest any record speaks of. */
class TaskTallyTest {

    private static ContentDate day(String iso) {
        return ContentDate.parse(iso).orElseThrow();
    }

    private static Task task(TaskStatus status, boolean sample, String... progressDays) {
        List<ProgressEntry> progress = java.util.Arrays.stream(progressDays)
                .map(d -> new ProgressEntry(day(d), status, null, Where.at(null))).toList();
        return new Task("1", "r", "problem", "goal", List.of(), null, List.of(), List.of(), null, null, status,
                progress, null, sample, History.NONE, Where.at(null), List.of());
    }

    @Test
    void countsEachStatusAndTheDoneOnes() {
        TaskTally tally = TaskTally.of(List.of(task(TaskStatus.CLOSED, false), task(TaskStatus.COMPLETED, false),
                task(TaskStatus.COMPLETED, false), task(TaskStatus.BASICALLY_COMPLETED, false),
                task(TaskStatus.ON_SCHEDULE, false), task(TaskStatus.LONG_TERM, false)));
        assertEquals(6, tally.total());
        assertEquals(2, tally.count(TaskStatus.COMPLETED));
        assertEquals(0, tally.count(TaskStatus.NOT_STARTED));
        assertEquals(4, tally.done());
        assertEquals(new Share(4, 6), tally.doneShare());
        assertEquals(Optional.of(new BigDecimal("66.7")), tally.doneShare().percent(1));
        assertEquals(new Share(2, 6), tally.share(TaskStatus.COMPLETED));
    }

    @Test
    void countsBeforeAStatusInTheOrderFromMostAdvanced() {
        TaskTally tally = TaskTally.of(List.of(task(TaskStatus.CLOSED, false), task(TaskStatus.COMPLETED, false),
                task(TaskStatus.ON_SCHEDULE, false), task(TaskStatus.ON_SCHEDULE, false)));
        assertEquals(0, tally.countBefore(TaskStatus.CLOSED));
        assertEquals(2, tally.countBefore(TaskStatus.BASICALLY_COMPLETED));
        assertEquals(2, tally.countBefore(TaskStatus.ON_SCHEDULE));
        assertEquals(4, tally.countBefore(TaskStatus.LONG_TERM));
    }

    @Test
    void theLatestUpdateIsTheLatestDateOfAnyRecord() {
        TaskTally tally = TaskTally.of(List.of(task(TaskStatus.ON_SCHEDULE, false, "2023-01-05", "2023-06-30"),
                task(TaskStatus.COMPLETED, false), task(TaskStatus.COMPLETED, false, "2023-03-01")));
        assertEquals("2023-06-30", tally.latestUpdate().orElseThrow().iso());
        assertEquals(Optional.empty(), TaskTally.of(List.of(task(TaskStatus.COMPLETED, false))).latestUpdate());
    }

    @Test
    void samplesWhenAnyTaskIsOne() {
        assertTrue(TaskTally.of(List.of(task(TaskStatus.COMPLETED, false), task(TaskStatus.COMPLETED, true)))
                .samples());
        assertFalse(TaskTally.of(List.of(task(TaskStatus.COMPLETED, false))).samples());
    }

    @Test
    void noTasksHaveNoShare() {
        TaskTally tally = TaskTally.of(List.of());
        assertEquals(0, tally.total());
        assertEquals(0, tally.done());
        assertEquals(Optional.empty(), tally.doneShare().percent(1));
    }
}
