package org.disclose.check;

import java.util.OptionalInt;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Closure;
import org.disclose.model.Content;
import org.disclose.model.Task;
import org.disclose.model.WorkingCalendar;

/**
 * A closure notice's working days against the working-day calendar: a notice given only in working days in a year whose
 * holidays are not known has no computed end (a warning at {@code workingDays}); one whose {@code noticeTo} does not
 * hold that many working days is warned at {@code noticeTo}, naming the day the calendar gives.
 */
final class ClosureCalendarCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        WorkingCalendar calendar = content.calendar();
        for (Task t : content.tasks()) {
            Closure c = t.closure();
            if (c == null || c.noticeFrom() == null || c.workingDays() == null) {
                continue;
            }
            OptionalInt uncovered = c.uncoveredYear(calendar);
            if (c.noticeTo() == null && uncovered.isPresent()) {
                diagnostics.warning(c.where().of("workingDays"), "the holidays of " + uncovered.getAsInt()
                        + " are not known to the working-day calendar, so the last day of " + c.workingDays()
                        + " working days from " + c.noticeFrom().display() + " is not computed: give noticeTo, or "
                        + "list " + uncovered.getAsInt() + " in content/calendar.yaml");
            } else if (c.endDisagrees(calendar)) {
                diagnostics.warning(c.where().of("noticeTo"), "noticeTo " + c.noticeTo().display() + " does not end "
                        + c.workingDays() + " working days from " + c.noticeFrom().display()
                        + ": by the working-day calendar they end on " + c.computedEnd(calendar).orElseThrow());
            }
        }
    }
}
