package org.disclose.check;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Accountability;
import org.disclose.model.Bulletin;
import org.disclose.model.Content;
import org.disclose.model.Release;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.model.figure.Figure;

/** Every reference to a round, task or release names one that exists (a bulletin's, and its figures' rounds). */
public final class ReferencesCheck implements Check {

    /** A record that could not be read would show up as a false "unknown" reference. */
    @Override
    public boolean needsEveryRecord() {
        return true;
    }

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        Set<String> rounds = new TreeSet<>();
        content.rounds().forEach(r -> rounds.add(r.id()));
        Set<String> tasks = new TreeSet<>();
        content.tasks().forEach(t -> tasks.add(t.id()));
        Set<String> releases = new TreeSet<>();
        content.releases().forEach(r -> releases.add(r.slug()));

        for (Task t : content.tasks()) {
            known("round", t.round(), rounds, t.where().of("round"), diagnostics);
            if (t.closure() != null && t.closure().release() != null) {
                known("release", t.closure().release(), releases, t.closure().where().of("release"), diagnostics);
            }
        }
        for (TypicalCase c : content.cases()) {
            known("round", c.round(), rounds, c.where().of("round"), diagnostics);
            for (String id : c.tasks()) {
                known("task", id, tasks, c.tasksWhere().of(id), diagnostics);
            }
        }
        for (Accountability a : content.accountability()) {
            known("round", a.round(), rounds, a.where().of("round"), diagnostics);
        }
        for (var batch : content.complaints()) {
            known("round", batch.round(), rounds, batch.where().of("round"), diagnostics);
        }
        for (Release r : content.releases()) {
            if (r.round() != null) {
                known("round", r.round(), rounds, r.where().of("round"), diagnostics);
            }
        }
        for (Bulletin b : content.bulletins()) {
            known("round", b.round(), rounds, b.where().of("round"), diagnostics);
            for (Figure f : b.figures()) {
                if (!b.round().equals(f.scope().round())) {
                    known("round", f.scope().round(), rounds, f.pos(), diagnostics);
                }
            }
        }
        for (Round round : content.rounds()) {
            for (RoundReport report : round.reports()) {
                if (report.release() != null) {
                    known("release", report.release(), releases, report.where().of("release"), diagnostics);
                }
            }
        }
    }

    private static void known(String what, String id, Collection<String> ids, SourcePos at, Diagnostics diagnostics) {
        if (id == null || ids.contains(id)) {
            return;
        }
        String choices = ids.isEmpty() ? "there are none yet" : "known: " + String.join(", ", ids);
        diagnostics.error(at, "unknown " + what + " '" + id + "' (" + choices + ")");
    }
}
