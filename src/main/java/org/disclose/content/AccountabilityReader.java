package org.disclose.content;

import org.disclose.text.Fields;
import java.util.ArrayList;
import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Accountability;
import org.disclose.model.Where;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;

/** {@code content/accountability.yaml} → {@link Accountability} per round, or per round and region. */
public final class AccountabilityReader {


    private AccountabilityReader() {
    }

    public static List<Accountability> read(ContentFiles files, Diagnostics diagnostics) {
        List<Accountability> out = new ArrayList<>();
        for (Fields f : DataFile.records(files, files.file("accountability.yaml"), "the accountability record",
                diagnostics)) {
            String round = f.requireString("round");
            String region = f.string("region");
            PartialDate asOf = f.partialDate("asOf", true);
            List<Accountability.RankCount> byRank = new ArrayList<>();
            Where[] rankWhere = {Where.at(f.posOf("byRank"))};
            f.mapping("byRank", "byRank").ifPresent(ranks -> {
                rankWhere[0] = ranks.where();
                for (String rank : Accountability.RANKS) {
                    Long n = ranks.integer(rank);
                    if (n != null) {
                        byRank.add(new Accountability.RankCount(rank, n));
                    }
                }
                ranks.reportUnknown();
            });
            Long meetings = null;
            Long inspections = null;
            Long interviews = null;
            Long evidence = null;
            var work = f.mapping("work", "work (工作量)");
            if (work.isPresent()) {
                meetings = work.get().integer("meetings");
                inspections = work.get().integer("siteInspections");
                interviews = work.get().integer("interviews");
                evidence = work.get().integer("evidence");
                work.get().reportUnknown();
            }
            // figures stand for the round (in the entry's region) at its as-of date, published in this file
            FigureReader.Declared declared = FigureReader.read(f, new FigureReader.Defaults(f.pos().path(),
                    FigureScope.round(round).inRegion(region), asOf));
            Accountability a = new Accountability(round, region, asOf, f.integer("problemsTransferred"),
                    f.integer("total"),
                    List.copyOf(byRank), meetings, inspections, interviews, evidence, f.where(), rankWhere[0],
                    declared.figures(), declared.rules(), declared.tables());
            f.reportUnknown();
            if (round != null && asOf != null) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }
}
