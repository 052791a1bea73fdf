package org.disclose.check;

import java.util.HashMap;
import java.util.Map;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Accountability;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Content;
import org.disclose.model.Indicator;
import org.disclose.model.Page;
import org.disclose.model.Release;
import org.disclose.model.Round;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.model.Where;

/** Ids and slugs name one thing each: two with the same one would share an address or be confused. */
public final class UniqueIdsCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        Map<String, SourcePos> seen = new HashMap<>();
        for (Release r : ordered(content.releases(), Release::where)) {
            clash(seen, "release slug", r.slug(), r.where().of("slug"), diagnostics);
        }
        seen.clear();
        for (Page p : ordered(content.pages(), Page::where)) {
            clash(seen, "page slug", p.slug(), p.where().of("slug"), diagnostics);
        }
        seen.clear();
        for (Round r : content.rounds()) {
            clash(seen, "round id", r.id(), r.where().of("id"), diagnostics);
        }
        seen.clear();
        for (Task t : ordered(content.tasks(), Task::where)) {
            clash(seen, "task id", t.id(), t.where().of("id"), diagnostics);
        }
        seen.clear();
        for (TypicalCase c : ordered(content.cases(), TypicalCase::where)) {
            clash(seen, "typical case slug", c.slug(), c.where().of("slug"), diagnostics);
        }
        seen.clear();
        for (Indicator i : content.indicators()) {
            clash(seen, "indicator id", i.id(), i.where().of("id"), diagnostics);
        }
        seen.clear();
        for (ComplaintBatch b : content.complaints()) {
            clash(seen, "complaint batch", b.round() + " 第" + b.number() + "批", b.where().of("batch"), diagnostics);
        }
        seen.clear();
        for (ComplaintBatch b : content.complaints()) {
            for (Complaint c : b.cases()) {
                clash(seen, "受理编号", c.id(), c.where().origin(), diagnostics);
            }
        }
        seen.clear();
        for (Accountability a : content.accountability()) {
            // one record per round, or per round and region (a city's records beside the province's)
            if (a.region() == null) {
                clash(seen, "accountability record for round", a.round(), a.where().of("round"), diagnostics);
            } else {
                clash(seen, "accountability record for round and region", a.round() + ", " + a.region(),
                        a.where().of("region"), diagnostics);
            }
        }
    }

    /** In the order the author sees files: the second of two is the one reported. */
    private static <T> java.util.List<T> ordered(java.util.List<T> items, java.util.function.Function<T, Where> where) {
        return items.stream().sorted(java.util.Comparator.comparing((T t) -> where.apply(t).origin().path())
                .thenComparingInt(t -> where.apply(t).origin().line())).toList();
    }

    private static void clash(Map<String, SourcePos> seen, String what, String id, SourcePos at,
                              Diagnostics diagnostics) {
        SourcePos first = seen.putIfAbsent(id, at);
        if (first != null) {
            diagnostics.error(at, "duplicate " + what + " '" + id + "': already used at " + first
                    + "; each must be unique");
        }
    }
}
