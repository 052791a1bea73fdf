package org.disclose.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.SiteFigures;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureCheck;
import org.disclose.model.figure.FigureFinding;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.RunningTotalRule;

/**
 * Declared figures agree with each other ({@link FigureCheck}): the standard relations, and those the content
 * declares, over every figure the content declares ({@link Content#declaredFigures}: bulletins, round reports,
 * accountability, typical cases, releases). A figure that does not agree is an error at
 * that figure, naming the figures it disagrees with, and where they are when that is in another file. Running totals,
 * the one relation across files, are {@link RunningTotalsCheck}'s.
 */
public final class DeclaredFiguresCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        SiteFigures declared = content.declaredFigures();
        for (List<Figure> source : declared.sources()) {
            restated(source, diagnostics);
        }
        // A relation declared in two bulletins (the same channels every day) is checked once.
        Set<FigureRule> rules = new LinkedHashSet<>(declared.rules());
        // the relations within one statement hold whatever else could not be read: a figure left out after an error
        // is only a part not given; running totals, across files, wait for every file (RunningTotalsCheck)
        for (FigureFinding f : FigureCheck.check(declared.figures(), List.copyOf(rules),
                r -> !(r instanceof RunningTotalRule))) {
            diagnostics.error(f.pos(), f.message() + elsewhere(f));
        }
    }

    /**
     * A figure one source states twice for the same scope and date with another value contradicts itself; relations
     * would take the first, so the second is reported. The same value stated again (in a summary, then the text) is
     * no error.
     */
    private static void restated(List<Figure> figures, Diagnostics diagnostics) {
        Map<List<Object>, Figure> first = new HashMap<>();
        for (Figure f : figures) {
            Figure earlier = first.putIfAbsent(List.of(f.key(), f.scope(), Objects.toString(f.asOf())), f);
            if (earlier != null && !sameValue(earlier, f)) {
                String where = f.scope().display();
                diagnostics.error(f.pos(), f.display() + " is stated again" + (where.isEmpty() ? "" : " for " + where)
                        + " with another value: first as " + earlier.display() + " at " + earlier.pos());
            }
        }
    }

    private static boolean sameValue(Figure a, Figure b) {
        return a.unit().convertsTo(b.unit()) && Objects.equals(a.value().qualifier(), b.value().qualifier())
                && a.unit().toBase(a.value().amount()).compareTo(b.unit().toBase(b.value().amount())) == 0;
    }

    /** Where the other figures are, when any of them is in another file: a running total's earlier bulletin. */
    static String elsewhere(FigureFinding f) {
        String path = f.pos() == null ? null : f.pos().path();
        List<String> others = f.disagreesWith().stream().map(Figure::pos).filter(Objects::nonNull)
                .filter(p -> !p.path().equals(path)).map(SourcePos::toString).distinct()
                .collect(Collectors.toList());
        return others.isEmpty() ? "" : " (see " + String.join(", ", others) + ")";
    }
}
