package org.disclose.render;

import org.disclose.model.Closure;
import org.disclose.model.Content;
import org.disclose.model.ContentDate;
import org.disclose.model.Release;
import org.disclose.render.view.TaskView;

/**
 * A task's closure notice as its page shows it: the state the model gives on the data date, in the theme's words, and
 * its last day as given or as the working-day calendar computes it from its working days.
 */
final class ClosureViews {

    private ClosureViews() {
    }

    static TaskView.ClosureView of(Closure c, Content content, ContentDate dataDate, Strings t) {
        if (c == null) {
            return null;
        }
        Release release = c.release() == null ? null : content.releases().stream()
                .filter(r -> r.slug().equals(c.release())).findFirst().orElse(null);
        ContentDate end = c.end(content.calendar());
        return new TaskView.ClosureView(c.stateOn(dataDate, content.calendar()).map(s -> t.get(s.key())).orElse(null),
                display(c.accepted()), iso(c.accepted()), display(c.noticeFrom()), iso(c.noticeFrom()),
                display(end), iso(end),
                c.workingDays() == null ? null : c.workingDays() + t.get("closureWorkingDaysSuffix"),
                c.phones(), c.email(), c.office(), c.address(), c.note(),
                release == null ? null : release.title(), release == null ? null : SiteAddresses.release(release));
    }

    private static String display(ContentDate d) {
        return d == null ? null : d.display();
    }

    private static String iso(ContentDate d) {
        return d == null ? null : d.iso();
    }
}
