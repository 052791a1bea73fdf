package org.disclose.check;

import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.ComplaintRecords;
import org.disclose.model.Content;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureUnit;
import org.disclose.model.figure.StandardFigure;

/**
 * A round's latest declared complaint totals must match its complaint records: cases assigned up to the report's
 * date (the last day of a month or year: as of 2023-04 counts batches assigned by 2023-04-30), and cases 已办结.
 * Only the latest report is compared, because a case's record shows where it stands now, not when it was closed; and
 * 已办结 only when no bulletin states handling for the round at a later date ({@link ComplaintRecords}).
 */
public final class DeclaredComplaintTotalsCheck implements Check {

    /** The value as the source printed it, without its unit: {@code 4704}, {@code 超过4700}. */
    static String printed(Figure f) {
        return f.value().display(FigureUnit.of(""));
    }

    @Override
    public boolean needsEveryRecord() {
        return true;
    }

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Round round : content.rounds()) {
            ComplaintRecords records = ComplaintRecords.of(content, round.id());
            RoundReport report = round.latestReport().orElse(null);
            if (records.isEmpty() || report == null) {
                continue;
            }
            List<ComplaintBatch> byThen = records.assignedBy(report.asOf());
            long assigned = byThen.stream().mapToLong(b -> b.cases().size()).sum();
            long closed = byThen.stream().flatMap(b -> b.cases().stream()).filter(Complaint::closed).count();
            // a figure the report gives both as a field and in figures: is compared once
            report.stated(StandardFigure.COMPLAINTS_ASSIGNED, round.id()).filter(f -> !f.admits(assigned))
                    .ifPresent(f -> diagnostics.error(f.pos(), "complaintsAssigned is " + printed(f) + " as of "
                            + report.asOfDate().asOfText() + ", but the complaint tables of round '" + round.id()
                            + "' list " + assigned + " cases assigned by then"));
            if (records.speakForHandlingAt(report.asOfDate())) {
                report.stated(StandardFigure.COMPLAINTS_CLOSED, round.id()).filter(f -> !f.admits(closed))
                        .ifPresent(f -> diagnostics.error(f.pos(), "complaintsClosed is " + printed(f)
                                + ", but the complaint tables of round '" + round.id() + "' mark " + closed
                                + " cases 已办结"));
            }
        }
    }
}
