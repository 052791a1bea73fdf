package org.disclose.model.figure;

import java.util.List;
import java.util.Optional;

/**
 * Figures compare only in units that convert (元 and 万元 do; 人 and 件 do not): otherwise, a finding. It is placed
 * at the figure without a unit where one has none (a custom figure whose {@code unit} was left off), since that is
 * the one to correct.
 */
final class UnitMismatch {

    private UnitMismatch() {
    }

    static Optional<FigureFinding> among(Figure subject, List<Figure> others) {
        for (Figure o : others) {
            if (!o.unit().convertsTo(subject.unit())) {
                Figure at = o.unit().word().isEmpty() ? o : subject;
                return Optional.of(new FigureFinding(at, subject.display() + " cannot be compared with "
                        + o.display() + ": " + words(subject.unit()) + " and " + words(o.unit()) + " do not convert"
                        + (at == o ? "; give " + o.label() + " its unit" : ""), others));
            }
        }
        return Optional.empty();
    }

    private static String words(FigureUnit u) {
        return u.word().isEmpty() ? "a bare number (no unit)" : u.word();
    }
}
