package org.disclose.check;

import java.util.OptionalInt;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.Disclosure;
import org.disclose.model.Release;
import org.disclose.model.WorkingCalendar;

/**
 * A release's 成文日期 against its 发布时间: not after it (an error), and within 20 working days of it by the
 * working-day calendar (a warning beyond). In a year whose holidays the calendar does not know, the days are counted
 * as weekdays, with a warning that holidays are not counted.
 */
final class DisclosureDeadlineCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        WorkingCalendar calendar = content.calendar();
        for (Release r : content.releases()) {
            Disclosure d = r.disclosure();
            if (d.written() == null || r.date() == null) {
                continue;
            }
            if (d.written().day().isAfter(r.date().day())) {
                diagnostics.error(r.where().of("written"), "written " + d.written().display() + " is after the "
                        + "publication date " + r.date().display() + ": a document is published after it is written");
                continue;
            }
            long days = d.workingDaysTo(r.date(), calendar);
            OptionalInt uncovered = calendar.firstUncovered(d.written().day(), r.date().day());
            String counted = uncovered.isEmpty() ? "" : " (counting weekdays only: the holidays of "
                    + uncovered.getAsInt() + " are not known to the working-day calendar; list them in "
                    + "content/calendar.yaml)";
            if (days > Disclosure.WORKING_DAYS_TO_PUBLISH) {
                diagnostics.warning(r.where().of("written"), "published " + days + " working days after it was "
                        + "written (" + d.written().display() + " to " + r.date().display() + "), more than the "
                        + Disclosure.WORKING_DAYS_TO_PUBLISH + " the 政府信息公开条例 allows (第二十六条)" + counted);
            } else if (uncovered.isPresent()) {
                diagnostics.warning(r.where().of("written"), "the holidays of " + uncovered.getAsInt() + " are not "
                        + "known to the working-day calendar, so the " + days + " working days from "
                        + d.written().display() + " to " + r.date().display() + " count weekdays only: list "
                        + uncovered.getAsInt() + " in content/calendar.yaml");
            }
        }
    }
}
