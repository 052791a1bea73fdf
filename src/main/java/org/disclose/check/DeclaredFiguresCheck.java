package org.disclose.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Bulletin;
import org.disclose.model.Content;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureCheck;
import org.disclose.model.figure.FigureFinding;
import org.disclose.model.figure.FigureRule;

/**
 * Declared figures agree with each other ({@link FigureCheck}): the standard relations, and those the content
 * declares, over every figure the content declares (bulletins' for now). A figure that does not agree is an error at
 * that figure, naming the figures it disagrees with, and where they are when that is in another file.
 */
public final class DeclaredFiguresCheck implements Check {

    /** A bulletin that could not be read would make a running total look wrong. */
    @Override
    public boolean needsEveryRecord() {
        return true;
    }

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        List<Figure> figures = new ArrayList<>();
        // A relation declared in two bulletins (the same channels every day) is checked once.
        Set<FigureRule> rules = new LinkedHashSet<>();
        for (Bulletin b : content.bulletins()) {
            figures.addAll(b.figures());
            rules.addAll(b.rules());
        }
        for (FigureFinding f : FigureCheck.check(figures, List.copyOf(rules))) {
            diagnostics.error(f.pos(), f.message() + elsewhere(f));
        }
    }

    /** Where the other figures are, when any of them is in another file: a running total's earlier bulletin. */
    private static String elsewhere(FigureFinding f) {
        String path = f.pos() == null ? null : f.pos().path();
        List<String> others = f.disagreesWith().stream().map(Figure::pos).filter(Objects::nonNull)
                .filter(p -> !p.path().equals(path)).map(SourcePos::toString).distinct()
                .collect(Collectors.toList());
        return others.isEmpty() ? "" : " (see " + String.join(", ", others) + ")";
    }
}
