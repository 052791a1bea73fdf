package org.disclose.content;

import java.util.ArrayList;
import java.util.List;
import org.disclose.model.Closure;
import org.disclose.text.Addresses;
import org.disclose.text.Fields;

/**
 * A task's {@code closure:} (销号公示): every field optional; phones as a list ({@code phones}) or one
 * ({@code phone}), and the period as dates, as a number of working days, or both.
 */
final class ClosureReader {

    private ClosureReader() {
    }

    static Closure read(Fields c) {
        List<String> phones = new ArrayList<>();
        String phone = c.string("phone");
        if (phone != null) {
            phones.add(phone);
        }
        phones.addAll(c.strings("phones"));
        Long workingDays = c.integer("workingDays");
        if (workingDays != null && (workingDays < 1 || workingDays > 365)) {
            c.diagnostics().error(c.posOf("workingDays"), "workingDays " + workingDays
                    + " is not a notice period: write the number of working days, from 1 to 365");
            workingDays = null;
        }
        Closure result = new Closure(c.date("accepted", false), c.date("noticeFrom", false),
                c.date("noticeTo", false), workingDays, List.copyOf(phones), Addresses.email(c, "email"),
                c.string("office"), c.string("address"), c.string("release"), c.string("note"), c.where());
        c.reportUnknown();
        return result;
    }
}
