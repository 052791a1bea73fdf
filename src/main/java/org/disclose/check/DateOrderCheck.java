package org.disclose.check;

import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Closure;
import org.disclose.model.Content;
import org.disclose.model.ContentDate;
import org.disclose.model.ProgressEntry;
import org.disclose.model.Release;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;
import org.disclose.model.Task;
import org.disclose.model.figure.PartialDate;

/**
 * Dates follow the order events happen in: stationed from ≤ stationed to ≤ feedback ≤ every progress entry, progress
 * entries in order, a closure notice's period not ending before it begins (acceptance may come before the notice,
 * 销号公示, or after it, 拟销号公示), and a report's figures not as of a date after
 * their release was published. A month or year compares with a day by {@link PartialDate}'s rule: an error only when
 * the order is surely wrong (2023-05 after a release of 2023-04-28), never when the spans overlap (2023-04).
 */
public final class DateOrderCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Round r : content.rounds()) {
            order(r.stationedFrom(), "stationedFrom", r.stationedTo(), "stationedTo", r.where().of("stationedTo"),
                    diagnostics);
            order(r.stationedTo(), "stationedTo", r.feedbackDate(), "feedbackDate", r.where().of("feedbackDate"),
                    diagnostics);
        }
        for (Round r : content.rounds()) {
            for (RoundReport report : r.reports()) {
                content.releases().stream().filter(x -> x.slug().equals(report.release())).findFirst()
                        .ifPresent(x -> notAfterRelease(report, x, diagnostics));
            }
        }
        for (Task t : content.tasks()) {
            ContentDate feedback = content.round(t.round()).map(Round::feedbackDate).orElse(null);
            ContentDate previous = null;
            for (ProgressEntry e : t.progress()) {
                SourcePos at = e.where().of("date");
                if (feedback != null && e.date().isBefore(feedback)) {
                    diagnostics.error(at, "progress entry of " + e.date().display()
                            + " is before the round's feedback date " + feedback.display());
                }
                if (previous != null && e.date().isBefore(previous)) {
                    diagnostics.error(at, "progress entry of " + e.date().display() + " comes after one of "
                            + previous.display() + ": list progress entries oldest first");
                }
                previous = e.date();
            }
            Closure c = t.closure();
            if (c != null) {
                order(c.noticeFrom(), "noticeFrom", c.noticeTo(), "noticeTo", c.where().of("noticeTo"), diagnostics);
            }
        }
    }

    private static void notAfterRelease(RoundReport report, Release release, Diagnostics diagnostics) {
        if (report.asOfDate().surelyAfter(release.date().asPartial())) {
            diagnostics.error(report.where().of("asOf"), "asOf " + report.asOfDate().iso() + " is after "
                    + release.date().day() + ", when release '" + release.slug() + "' published the figures: "
                    + "figures cannot be as of a later date");
        }
    }

    private static void order(ContentDate first, String firstName, ContentDate second, String secondName,
                              SourcePos at, Diagnostics diagnostics) {
        if (first != null && second != null && second.isBefore(first)) {
            diagnostics.error(at, secondName + " " + second.display() + " is before " + firstName + " "
                    + first.display());
        }
    }
}
