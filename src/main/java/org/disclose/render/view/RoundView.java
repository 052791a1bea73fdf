package org.disclose.render.view;

import java.util.List;

/**
 * A round's overview, also the heart of the home dashboard: the inspection, the latest reported figures, tasks by
 * status, typical cases, accountability and releases.
 *
 * @param accountability its accountability records: the round's, and each region's, in file order
 * @param latestFigures the latest figures the round's bulletins declare, or null when they declare none
 * @param problems      the round's tasks counted by problem and by task, or null where problems cannot be counted or
 *                      none is split into tasks
 */
public record RoundView(
        String id,
        String name,
        String path,
        String group,
        String stationedFrom,
        String stationedFromIso,
        String stationedTo,
        String stationedToIso,
        String feedbackDate,
        String feedbackDateIso,
        ReportView report,
        StatusBreakdown tasks,
        List<CaseCard> cases,
        List<AccountabilityView> accountability,
        List<ReleaseCard> releases,
        String tasksPath,
        LatestFiguresView latestFigures,
        ProblemCounts problems) {

    public boolean hasAccountability() {
        return !accountability.isEmpty();
    }

    public boolean hasCases() {
        return !cases.isEmpty();
    }

    public boolean hasReleases() {
        return !releases.isEmpty();
    }

    public boolean hasTasks() {
        return tasks != null && tasks.total() > 0;
    }
}
