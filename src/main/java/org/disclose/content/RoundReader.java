package org.disclose.content;

import org.disclose.text.Slugs;
import org.disclose.text.Fields;
import java.util.ArrayList;
import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ContentDate;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;

/** {@code content/rounds.yaml} → {@link Round}s with their officially reported figures. */
public final class RoundReader {


    private RoundReader() {
    }

    public static List<Round> read(ContentFiles files, Diagnostics diagnostics) {
        List<Round> rounds = new ArrayList<>();
        SourcePos currentAt = null;
        SourcePos unnamedAt = null;
        for (Fields f : DataFile.records(files, files.file("rounds.yaml"), "the round", diagnostics)) {
            String id = f.requireString("id");
            if (id != null && !Slugs.isValid(id)) {
                diagnostics.error(f.posOf("id"), "round id '" + id + "' is used in addresses: " + Slugs.why(id));
                id = null;
            }
            String name = f.string("name");
            String group = f.string("group");
            ContentDate from = f.date("stationedFrom", false);
            ContentDate to = f.date("stationedTo", false);
            ContentDate feedback = f.date("feedbackDate", false);
            if (id != null && name == null && group == null) {
                // the theme's generic words stand for it; for two rounds they would be the same words
                if (unnamedAt != null) {
                    diagnostics.warning(f.posOf("id"), "round '" + id + "' has neither 'name' nor 'group', and "
                            + "neither has the round at " + unnamedAt + ": pages call both by the same generic words; "
                            + "give one a name or group");
                } else {
                    unnamedAt = f.posOf("id");
                }
            }
            boolean current = f.bool("current", false);
            if (current && currentAt != null) {
                diagnostics.error(f.posOf("current"), "only one round can be the current round (the home page's): "
                        + "another is marked 'current: true' at " + currentAt + "; remove one");
                current = false;
            } else if (current) {
                currentAt = f.posOf("current");
            }
            List<RoundReport> reports = new ArrayList<>();
            for (Fields r : f.list("reports", "a report of figures")) {
                PartialDate asOf = r.partialDate("asOf", true);
                String release = r.string("release");
                // figures stand for the round at the report's as-of date, published by its release (or this file)
                FigureReader.Declared declared = FigureReader.read(r, new FigureReader.Defaults(
                        RoundReport.source(release, r.where()), FigureScope.round(id), asOf));
                RoundReport report = new RoundReport(asOf, release, r.integer("tasksTotal"),
                        r.integer("tasksDone"), r.integer("problemsTotal"), r.integer("problemsDone"),
                        r.integer("complaintsAssigned"), r.integer("complaintsClosed"),
                        r.decimal("closureRate"), r.where(), declared.figures(), declared.rules(), declared.tables());
                r.reportUnknown();
                if (asOf != null) {
                    reports.add(report);
                }
            }
            f.reportUnknown();
            if (id != null) {
                rounds.add(new Round(id, name, group, from, to, feedback, List.copyOf(reports), f.where(), current));
            }
        }
        return List.copyOf(rounds);
    }
}
