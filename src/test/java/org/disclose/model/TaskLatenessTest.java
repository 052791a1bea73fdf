package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A task's lateness is judged on whole days of the content's own dates. */
class TaskLatenessTest {

    private static ContentDate day(String iso) {
        return ContentDate.parse(iso).orElseThrow();
    }

    private static Task task(Deadline deadline, TaskStatus status, ProgressEntry... progress) {
        return new Task("1", "r", "problem", "goal", List.of(), null, List.of(), List.of(), deadline, null, status,
                List.of(progress), null, false, History.NONE, Where.at(null), List.of());
    }

    private static ProgressEntry entry(String iso, TaskStatus status) {
        return new ProgressEntry(day(iso), status, null, Where.at(null));
    }

    @Test
    void notOverdueOnTheDeadlineDayItself() {
        Task t = task(Deadline.on(day("2024-06-30")), TaskStatus.ON_SCHEDULE);
        assertEquals(Optional.empty(), t.latenessOn(day("2024-06-30T23:59")));
        assertEquals(Optional.of(Lateness.OVERDUE), t.latenessOn(day("2024-07-01")));
    }

    @Test
    void doneOnTheDeadlineDayIsOnTimeAndTheDayAfterIsLate() {
        Deadline deadline = Deadline.on(day("2024-06-30"));
        assertEquals(Optional.empty(), task(deadline, TaskStatus.COMPLETED,
                entry("2024-06-30T18:00", TaskStatus.COMPLETED)).latenessOn(day("2025-01-01")));
        assertEquals(Optional.of(Lateness.COMPLETED_LATE), task(deadline, TaskStatus.COMPLETED,
                entry("2024-07-01", TaskStatus.COMPLETED)).latenessOn(day("2025-01-01")));
    }

    @Test
    void nothingIsClaimedWithoutADateOrADatedDeadline() {
        assertEquals(Optional.empty(), task(Deadline.on(day("2024-06-30")), TaskStatus.COMPLETED)
                .latenessOn(day("2025-01-01")), "done, but the record does not say when");
        assertEquals(Optional.empty(), task(Deadline.on(day("2024-06-30")), TaskStatus.ON_SCHEDULE)
                .latenessOn(null), "the content dates nothing");
        assertEquals(Optional.empty(), task(Deadline.standing("长期坚持"), TaskStatus.LONG_TERM)
                .latenessOn(day("2030-01-01")));
    }
}
