package org.disclose.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.disclose.diag.Diagnostics;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureKey;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.PartsRule;
import org.disclose.model.figure.RateRule;
import org.disclose.model.figure.SubsetRule;

/**
 * A relation a list declares ({@code parts:}, {@code rateOf:}, {@code subsetOf:}) holds between figures of one date
 * and scope. Where a named figure is stated for the same scope only at another date (an {@code asOf} left off one of
 * them is the usual slip), the relation would bind nothing and the check would be silently skipped; it is a located
 * error instead, at the figure that declares the relation.
 */
final class RelationDates {

    private RelationDates() {
    }

    static void check(List<Figure> figures, List<FigureRule> declared, Diagnostics d) {
        for (FigureRule rule : declared) {
            FigureKey owner;
            List<FigureKey> named;
            if (rule instanceof PartsRule p) {
                owner = p.total();
                named = p.parts();
            } else if (rule instanceof RateRule r) {
                owner = r.rate();
                named = List.of(r.part(), r.whole());
            } else if (rule instanceof SubsetRule s) {
                owner = s.subset();
                named = List.of(s.superset());
            } else {
                continue;
            }
            for (Figure o : figures) {
                if (o.key().equals(owner)) {
                    sameDate(o, named, figures, d);
                }
            }
        }
    }

    /** One error per figure, naming every figure it relates to that stands only at another date. */
    private static void sameDate(Figure owner, List<FigureKey> named, List<Figure> figures, Diagnostics d) {
        List<String> elsewhere = new ArrayList<>();
        for (FigureKey key : named) {
            List<Figure> sameScope = figures.stream()
                    .filter(f -> f.key().equals(key) && f.scope().equals(owner.scope())).toList();
            if (!sameScope.isEmpty() && sameScope.stream().noneMatch(f -> Objects.equals(f.asOf(), owner.asOf()))) {
                elsewhere.add(sameScope.get(0).display() + " (" + date(sameScope.get(0)) + ")");
            }
        }
        if (!elsewhere.isEmpty()) {
            d.error(owner.pos(), owner.display() + " is declared to relate to " + String.join(", ", elsewhere)
                    + ", but stands at " + date(owner) + ": a relation holds between figures of one date; give "
                    + "them the same asOf");
        }
    }

    private static String date(Figure f) {
        return f.asOf() == null ? "no date" : f.asOf().iso();
    }
}
