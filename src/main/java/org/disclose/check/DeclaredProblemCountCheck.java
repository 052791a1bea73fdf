package org.disclose.check;

import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.ProblemTally;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;
import org.disclose.model.Task;
import org.disclose.model.figure.StandardFigure;

/**
 * The problems a report declares (反馈问题, and of those 已完成整改) must match the round's task records counted by
 * problem ({@link ProblemTally}), each problem done on the report's date when every task of it that stands was done
 * then — where the records can say: the round has tasks, and every one of them has a problem number. Otherwise the
 * figures stand as declared, as task figures do for a round without task records.
 */
public final class DeclaredProblemCountCheck implements Check {

    @Override
    public boolean needsEveryRecord() {
        return true;
    }

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Round round : content.rounds()) {
            List<Task> tasks = content.tasks().stream().filter(t -> round.id().equals(t.round())).toList();
            if (ProblemTally.of(tasks).isEmpty()) {
                continue;
            }
            for (RoundReport report : round.reports()) {
                Optional<ProblemTally> on = ProblemTally.on(tasks, report.asOf());
                int done = on.map(ProblemTally::done).orElse(0);
                int total = on.map(ProblemTally::total).orElse(0);
                report.stated(StandardFigure.PROBLEMS_DONE, round.id()).filter(f -> !f.admits(done))
                        .ifPresent(f -> diagnostics.error(f.pos(), "problemsDone is "
                                + DeclaredComplaintTotalsCheck.printed(f) + " as of " + report.asOfDate().asOfText()
                                + ", but " + done + " problems of round '" + round.id() + "' have every task 已完成, "
                                + "基本完成 or 已销号 on that date (of " + total + " problems its task records number): "
                                + "correct the figure or the tasks' progress"));
                report.stated(StandardFigure.PROBLEMS_TOTAL, round.id()).filter(f -> !f.admits(total))
                        .ifPresent(f -> diagnostics.error(f.pos(), "problemsTotal is "
                                + DeclaredComplaintTotalsCheck.printed(f) + ", but round '" + round.id() + "' has "
                                + total + " problems in its task records (task 12 is problem 12; tasks 12-1 … 12-k "
                                + "are problem 12 split into tasks)"));
            }
        }
    }
}
