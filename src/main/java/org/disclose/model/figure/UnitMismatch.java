package org.disclose.model.figure;

import java.util.List;
import java.util.Optional;

/** Figures compare only in units that convert (元 and 万元 do; 人 and 件 do not): otherwise, a finding. */
final class UnitMismatch {

    private UnitMismatch() {
    }

    static Optional<FigureFinding> among(Figure subject, List<Figure> others) {
        for (Figure o : others) {
            if (!o.unit().convertsTo(subject.unit())) {
                return Optional.of(new FigureFinding(subject, subject.display() + " cannot be compared with "
                        + o.display() + ": " + subject.unit() + " and " + o.unit() + " do not convert", others));
            }
        }
        return Optional.empty();
    }
}
