package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import org.disclose.model.Bulletin;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Content;
import org.disclose.model.Indicator;
import org.disclose.model.Page;
import org.disclose.model.Problem;
import org.disclose.model.Problems;
import org.disclose.model.Release;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.markdown.Html;

/** What /search/ can find: every listed item, newest releases first; withdrawn items stay out, as from lists. */
public final class SearchDocs {

    private SearchDocs() {
    }

    public static List<SearchDoc> of(Content content, Strings t) {
        List<SearchDoc> docs = new ArrayList<>();
        for (Release r : content.releases()) {
            if (!r.withdrawn()) {
                docs.add(new SearchDoc(r.title(), SiteAddresses.release(r), r.date().display(), t.get("releases"),
                        () -> join(r.summary(), Html.text(r.bodyHtml()))));
            }
        }
        for (TypicalCase c : content.cases()) {
            if (!c.withdrawn()) {
                docs.add(new SearchDoc(c.title(), SiteAddresses.typicalCase(c), null, t.get("cases"),
                        () -> join(c.summary(), Html.text(c.bodyHtml()))));
            }
        }
        for (Task x : content.tasks()) {
            if (!x.withdrawn()) {
                String title = t.get("taskNumberPrefix") + x.id() + t.get("taskNumberSuffix")
                        + t.get("labelValueSeparator") + x.problem();
                docs.add(new SearchDoc(title, SiteAddresses.task(x), x.lastUpdate().map(d -> d.display()).orElse(null),
                        t.get("tasks"),
                        () -> join(x.status().label(), x.region(), x.goal(), String.join(" ", x.measures()))));
            }
        }
        for (Problem p : Problems.of(content.tasks()).all()) {
            // a problem split into tasks has a page of its own, found by its text and its tasks' numbers
            if (p.split() && !p.current().isEmpty()) {
                String title = t.get("problemNumberPrefix") + p.number() + t.get("problemNumberSuffix")
                        + t.get("labelValueSeparator") + p.text();
                docs.add(new SearchDoc(title, SiteAddresses.problem(p.number()), null, t.get("tasks"),
                        () -> join(t.get(p.done() ? "problemDone" : "problemNotDone"),
                                String.join(" ", p.current().stream().map(Task::id).toList()))));
            }
        }
        for (Indicator i : content.indicators()) {
            docs.add(new SearchDoc(i.name(), SiteAddresses.indicator(i), null, t.get("indicators"),
                    () -> join(i.category().label(), i.note(), i.source())));
        }
        for (ComplaintBatch b : content.complaints()) {
            for (Complaint c : b.cases()) {
                docs.add(new SearchDoc(t.get("complaintPrefix") + c.id(), SiteAddresses.complaint(c),
                        b.assigned().display(), t.get("complaints"),
                        () -> join(c.summary(), c.region(), c.resolution().label(), c.handling())));
            }
        }
        for (Bulletin b : content.bulletins()) {
            docs.add(new SearchDoc(b.title(), SiteAddresses.bulletin(b), b.date().toString(), t.get("bulletins"),
                    () -> join(b.kind().word(), b.source(), Html.text(b.bodyHtml()))));
        }
        for (Page p : content.pages()) {
            docs.add(new SearchDoc(p.title(), SiteAddresses.page(p), null, t.get("pageKind"),
                    () -> join(p.summary(), Html.text(p.bodyHtml()))));
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
