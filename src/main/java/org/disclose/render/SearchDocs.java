package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Content;
import org.disclose.model.Indicator;
import org.disclose.model.Page;
import org.disclose.model.Release;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.publish.SearchIndex;
import org.disclose.publish.SearchIndex.Doc;
import org.disclose.render.view.TaskPaths;

/** What /search/ can find: every listed item, newest releases first; withdrawn items stay out, as from lists. */
public final class SearchDocs {

    private SearchDocs() {
    }

    public static List<Doc> of(Content content, Strings t) {
        List<Doc> docs = new ArrayList<>();
        for (Release r : content.releases()) {
            if (!r.withdrawn()) {
                docs.add(new Doc(r.title(), ReleaseRoutes.path(r), r.date().display(), t.get("releases"),
                        () -> join(r.summary(), SearchIndex.text(r.bodyHtml()))));
            }
        }
        for (TypicalCase c : content.cases()) {
            if (!c.withdrawn()) {
                docs.add(new Doc(c.title(), CaseRoutes.path(c), null, t.get("cases"),
                        () -> join(c.summary(), SearchIndex.text(c.bodyHtml()))));
            }
        }
        for (Task x : content.tasks()) {
            if (!x.withdrawn()) {
                docs.add(new Doc(t.get("taskNumberPrefix") + x.id() + t.get("taskNumberSuffix") + " " + x.problem(),
                        TaskPaths.task(x), x.lastUpdate().map(d -> d.display()).orElse(null), t.get("tasks"),
                        () -> join(x.status().label(), x.region(), x.target(), String.join(" ", x.measures()))));
            }
        }
        for (Indicator i : content.indicators()) {
            docs.add(new Doc(i.name(), IndicatorRoutes.path(i), null, t.get("indicators"),
                    () -> join(i.category().label(), i.note(), i.source())));
        }
        for (ComplaintBatch b : content.complaints()) {
            for (Complaint c : b.cases()) {
                docs.add(new Doc(t.get("complaintPrefix") + c.id(), ComplaintRoutes.path(c), b.assigned().display(),
                        t.get("complaints"), () -> join(c.summary(), c.region(), c.resolution().label(), c.handling())));
            }
        }
        for (Page p : content.pages()) {
            docs.add(new Doc(p.title(), p.slug() + "/", null, t.get("pageKind"),
                    () -> join(p.summary(), SearchIndex.text(p.bodyHtml()))));
        }
        return docs;
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                s.append(s.length() == 0 ? "" : " ").append(p);
            }
        }
        return s.toString();
    }
}
