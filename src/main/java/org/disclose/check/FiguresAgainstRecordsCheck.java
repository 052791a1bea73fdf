package org.disclose.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.ComplaintRecords;
import org.disclose.model.Content;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.StandardFigure;

/**
 * Records are evidence, not a requirement: a declared complaint figure (交办, 已办结, 阶段性办结, 未办结, 属实 …
 * 不属实), a bulletin's or a report's, case's or release's that names batches, is checked against the complaint rows of its scope where the site has rows for every batch of that scope
 * and they can speak for its as-of date ({@link ComplaintRecords}): 交办 when every batch was assigned by then,
 * handling and verdicts only at the latest date the site states handling for the round. A region scope counts only
 * that region's rows; a hedged figure is held only to its bound. A figure for the round as a whole, or for a batch
 * without rows, stands as declared.
 */
public final class FiguresAgainstRecordsCheck implements Check {

    /** A batch table that could not be read would make every figure over it look wrong. */
    @Override
    public boolean needsEveryRecord() {
        return true;
    }

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        // the records of a round are gathered once, not once for each of its figures
        Map<String, ComplaintRecords> byRound = new HashMap<>();
        // every declared figure, a bulletin's or a report's, case's or release's that names batches
        for (Figure f : content.declaredFigures().figures()) {
            if (f.key() instanceof StandardFigure && f.scope().round() != null) {
                check(f, byRound.computeIfAbsent(f.scope().round(), r -> ComplaintRecords.of(content, r)),
                        diagnostics);
            }
        }
    }

    private static void check(Figure f, ComplaintRecords records, Diagnostics diagnostics) {
        StandardFigure key = (StandardFigure) f.key();
        Optional<List<ComplaintBatch>> evidence = records.evidenceFor(f);
        if (evidence.isEmpty()) {
            return;
        }
        List<ComplaintBatch> batches = evidence.get();
        long count = ComplaintRecords.count(f, batches);
        if (!f.admits(count)) {
            Batches scope = f.scope().batches();
            String region = f.scope().region();
            diagnostics.error(f.pos(), f.displayWithScope() + " does not agree with the complaint records: "
                    + files(batches) + " " + (batches.size() == 1 ? "has " : "have ") + count + " "
                    + (count == 1 ? "case" : "cases") + (region == null ? "" : " in " + region) + " "
                    + what(key) + (scope.isSingle() ? "in batch " + scope.first()
                            : "in batches " + scope.first() + "–" + scope.last()) + unknown(f, batches));
        }
    }

    /** The rows left out because they leave unknown what the figure counts by, where there are any. */
    private static String unknown(Figure f, List<ComplaintBatch> batches) {
        long unknown = ComplaintRecords.unknown(f, batches);
        if (unknown == 0) {
            return "";
        }
        boolean verdict = ComplaintRecords.isVerdict((StandardFigure) f.key());
        String what = f.scope().region() == null ? "是否属实" : verdict ? "行政区域 or 是否属实" : "行政区域";
        return "; " + unknown + " " + (unknown == 1 ? "case leaves its " : "cases leave their ") + what
                + " unknown and " + (unknown == 1 ? "is" : "are") + " counted as no value";
    }

    /** What the rows were counted as, after the count: nothing for 交办 ({@code 40 cases in batch 12}). */
    private static String what(StandardFigure key) {
        return switch (key) {
            case COMPLAINTS_ASSIGNED -> "";
            case COMPLAINTS_CLOSED -> "marked 已办结 ";
            case COMPLAINTS_PHASED -> "marked 阶段性办结 ";
            case COMPLAINTS_OPEN -> "marked 未办结 ";
            default -> "found " + key.label() + " ";
        };
    }

    private static String files(List<ComplaintBatch> batches) {
        // The table the rows are in (b12.csv), not its sidecar, where there are rows to tell; of many, the first and
        // last, so that a figure over thirty batches does not print thirty paths.
        List<String> paths = batches.stream().map(b -> b.cases().isEmpty() || b.cases().get(0).where() == null
                ? b.where().path() : b.cases().get(0).where().path()).distinct().toList();
        return paths.size() <= 3 ? String.join(", ", paths)
                : paths.get(0) + " … " + paths.get(paths.size() - 1) + " (" + paths.size() + " tables)";
    }
}
