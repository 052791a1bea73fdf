package org.disclose.render.view;

import org.disclose.model.ProblemTally;
import org.disclose.model.TaskTally;

/**
 * Counts at both levels, as progress releases word them: 反馈问题N个，已完成X个；整改任务M项，已完成Y项. The model
 * decides the figures ({@link ProblemTally}, {@link TaskTally}); this only carries them.
 */
public record ProblemCounts(int problems, int problemsDone, int tasks, int tasksDone) {

    public static ProblemCounts of(ProblemTally problems, TaskTally tasks) {
        return new ProblemCounts(problems.total(), problems.done(), tasks.total(), tasks.done());
    }
}
