package org.disclose.check;

import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;

/** Every content rule, run after reading and before anything is rendered. */
public final class Checks {

    private static final List<Check> ALL = List.of(
            new UniqueIdsCheck(),
            new ReferencesCheck(),
            new HistoryCheck(),
            new DateOrderCheck(),
            new ClosureCalendarCheck(),
            new DisclosureDeadlineCheck(),
            new TaskStatusLogCheck(),
            new DeclaredTaskCountCheck(),
            new ProblemNumbersCheck(),
            new DeclaredProblemCountCheck(),
            new IndicatorSeriesCheck(),
            new DeclaredComplaintTotalsCheck(),
            new DeclaredFiguresCheck(),
            new RunningTotalsCheck(),
            new FiguresAgainstRecordsCheck());

    private Checks() {
    }

    /** Runs every rule; those comparing totals across records only when every record was read. */
    public static void run(Content content, Diagnostics diagnostics) {
        boolean readClean = !diagnostics.hasErrors();
        for (Check check : ALL) {
            if (readClean || !check.needsEveryRecord()) {
                check.check(content, diagnostics);
            }
        }
    }
}
