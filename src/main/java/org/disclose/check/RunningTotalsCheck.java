package org.disclose.check;

import java.util.LinkedHashSet;
import java.util.List;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.SiteFigures;
import org.disclose.model.figure.FigureCheck;
import org.disclose.model.figure.FigureFinding;
import org.disclose.model.figure.RunningTotalRule;

/**
 * Running totals among declared figures (交办 through batch N = through N−1 + batch N, and those declared with
 * {@code runningTotal: true}): the one relation across files, so it waits until every file was read, since a
 * bulletin that could not be read would make a running total look wrong. The others are {@link DeclaredFiguresCheck}.
 */
public final class RunningTotalsCheck implements Check {

    @Override
    public boolean needsEveryRecord() {
        return true;
    }

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        SiteFigures declared = content.declaredFigures();
        // a running total declared in two bulletins is checked once
        List<FigureFinding> findings = FigureCheck.check(declared.figures(),
                List.copyOf(new LinkedHashSet<>(declared.rules())), r -> r instanceof RunningTotalRule);
        for (FigureFinding f : findings) {
            diagnostics.error(f.pos(), f.message() + DeclaredFiguresCheck.elsewhere(f));
        }
    }
}
