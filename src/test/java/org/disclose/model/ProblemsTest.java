package org.disclose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Problems from task ids: 12 is problem 12 as a single task, 12-1 … 12-k its tasks; other ids have no problem number.
 * A problem is done when every task of it that stands is done, on the day the last of them was first done.
 */
class ProblemsTest {

    private static ContentDate day(String iso) {
        return ContentDate.parse(iso).orElseThrow();
    }

    /** A task with a progress log of {@code (day, status)} pairs, or none. */
    private static Task task(String id, TaskStatus status, Object... log) {
        return task(id, status, History.NONE, log);
    }

    private static Task task(String id, TaskStatus status, History history, Object... log) {
        List<ProgressEntry> progress = new ArrayList<>();
        for (int i = 0; i < log.length; i += 2) {
            progress.add(new ProgressEntry(day((String) log[i]), (TaskStatus) log[i + 1], null, Where.at(null)));
        }
        return new Task(id, "r", "problem of " + id, null, List.of(), null, List.of(), List.of(), null, null, status,
                progress, null, false, history, Where.at(null), List.of());
    }

    @Test
    void taskIdsNumberProblems() {
        assertEquals(Optional.of(new ProblemNumber(12, 0)), ProblemNumber.of("12"));
        assertEquals(Optional.of(new ProblemNumber(12, 3)), ProblemNumber.of("12-3"));
        for (String none : List.of("012", "12-03", "0", "12-0", "12-3-1", "a-1", "water", "1234567890", "")) {
            assertEquals(Optional.empty(), ProblemNumber.of(none), none);
        }
        assertTrue(ProblemNumber.of("12-3").orElseThrow().isPart());
        assertFalse(ProblemNumber.of("12").orElseThrow().isPart());
    }

    @Test
    void tasksAreOrderedByProblemThenTaskNumberThenOtherIds() {
        List<String> ids = new ArrayList<>(List.of("b", "12-10", "013", "2", "12-2", "a", "10", "12-1", "13"));
        ids.sort(ProblemNumber::compareIds);
        assertEquals(List.of("2", "10", "12-1", "12-2", "12-10", "13", "013", "a", "b"), ids);
    }

    @Test
    void tasksAreGroupedByProblemInTaskOrder() {
        Problems problems = Problems.of(List.of(task("12-2", TaskStatus.COMPLETED), task("3", TaskStatus.COMPLETED),
                task("12-1", TaskStatus.ON_SCHEDULE), task("water", TaskStatus.COMPLETED)));
        List<Problem> all = problems.all();
        assertEquals(List.of(3, 12), all.stream().map(Problem::number).toList());
        assertEquals(List.of("12-1", "12-2"), all.get(1).tasks().stream().map(Task::id).toList());
        // the first task in the order given words the problem
        assertEquals("problem of 12-2", all.get(1).text());
        assertTrue(all.get(1).split());
        assertFalse(all.get(0).split());
        assertEquals(Optional.empty(), problems.of(task("water", TaskStatus.COMPLETED)));
        assertEquals(12, problems.of(task("12-7", TaskStatus.COMPLETED)).orElseThrow().number());
    }

    @Test
    void aProblemIsDoneWhenEveryStandingTaskIsDoneOnTheLastDay() {
        Task first = task("12-1", TaskStatus.COMPLETED, "2023-01-10", TaskStatus.COMPLETED);
        Task second = task("12-2", TaskStatus.BASICALLY_COMPLETED, "2022-11-01", TaskStatus.ON_SCHEDULE,
                "2023-03-31", TaskStatus.BASICALLY_COMPLETED);
        Problem p = Problems.of(List.of(first, second)).all().get(0);
        assertTrue(p.done());
        assertEquals("2023-03-31", p.doneDate().orElseThrow().iso());
        assertFalse(p.doneOn(day("2023-02-01")), "12-2 was only 达到序时进度 then");
        assertTrue(p.doneOn(day("2023-04-01")));
    }

    @Test
    void oneTaskNotDoneLeavesTheProblemNotDone() {
        Problem p = Problems.of(List.of(task("5-1", TaskStatus.CLOSED), task("5-2", TaskStatus.LONG_TERM)))
                .all().get(0);
        assertFalse(p.done());
        assertEquals(Optional.empty(), p.doneDate());
    }

    @Test
    void aWithdrawnTaskDoesNotHoldItsProblemBack() {
        History withdrawn = new History(null, null, List.of(), new History.Withdrawal(day("2023-01-01"), "重复"),
                Where.at(null));
        Problem p = Problems.of(List.of(task("5-1", TaskStatus.COMPLETED),
                task("5-2", TaskStatus.NOT_STARTED, withdrawn))).all().get(0);
        assertTrue(p.done());
        assertEquals(List.of("5-1"), p.current().stream().map(Task::id).toList());
        assertEquals(2, p.tasks().size());
    }

    @Test
    void doneWithoutADayHasNoDoneDate() {
        Problem p = Problems.of(List.of(task("7-1", TaskStatus.COMPLETED, "2023-01-10", TaskStatus.COMPLETED),
                task("7-2", TaskStatus.COMPLETED))).all().get(0);
        assertTrue(p.done());
        assertEquals(Optional.empty(), p.doneDate(), "7-2 says done without saying when");
    }

    @Test
    void problemsAreCountedOnlyWhenEveryTaskHasAProblemNumber() {
        List<Task> tasks = List.of(task("1", TaskStatus.COMPLETED), task("2-1", TaskStatus.COMPLETED),
                task("2-2", TaskStatus.ON_SCHEDULE), task("3-1", TaskStatus.COMPLETED),
                task("3-2", TaskStatus.CLOSED, "2023-05-01", TaskStatus.CLOSED));
        assertEquals(Optional.of(new ProblemTally(3, 2, true)), ProblemTally.of(tasks));
        assertEquals(Optional.of(new ProblemTally(3, 1, true)), ProblemTally.on(tasks, day("2023-04-30")),
                "3-2 was not done before 2023-05-01");
        List<Task> withWords = new ArrayList<>(tasks);
        withWords.add(task("water", TaskStatus.COMPLETED));
        assertEquals(Optional.empty(), ProblemTally.of(withWords));
        assertEquals(Optional.of(new ProblemTally(2, 2, false)),
                ProblemTally.of(List.of(task("1", TaskStatus.COMPLETED), task("2", TaskStatus.CLOSED))));
    }
}
