package org.disclose.render.view;

import org.disclose.model.RoundReport;

/** Officially reported figures of a round, with the date they are as of and the release that published them. */
public record ReportView(String asOf, String asOfIso, String releaseTitle, String releasePath, Long tasksTotal,
                         Long tasksDone, Long problemsTotal, Long problemsDone, Long complaintsAssigned, Long complaintsClosed, String closureRate,
                         DeclaredFiguresView declaredFigures) {

    /** @param figures the table of the figures it declares in {@code figures:}, or null when none */
    public static ReportView of(RoundReport r, String releaseTitle, String releasePath, DateWords dates,
            DeclaredFiguresView figures) {
        return new ReportView(dates.display(r.asOfDate()), r.asOfDate().iso(), releaseTitle, releasePath,
                r.tasksTotal(), r.tasksDone(), r.problemsTotal(), r.problemsDone(), r.complaintsAssigned(), r.complaintsClosed(),
                r.closureRate() == null ? null : r.closureRate().toPlainString(), figures);
    }

    /** Whether any named field the theme shows is given: a report may give its figures only in {@code figures:}. */
    public boolean hasFieldFigures() {
        return tasksDone != null || problemsTotal != null || problemsDone != null || hasComplaints();
    }

    public boolean hasComplaints() {
        return complaintsAssigned != null || complaintsClosed != null || closureRate != null;
    }
}
