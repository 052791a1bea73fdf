package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A running total never falls: 累计交办 through batch 22 is at least 累计交办 through batch 13, whatever came between,
 * even where the batches in between are not given and the sum cannot be checked ({@link RunningTotal}).
 */
public record RunningTotalGrows(Figure earlier, Figure later) implements Serializable, Relation {

    @Override
    public Optional<FigureFinding> check() {
        Optional<FigureFinding> units = UnitMismatch.among(later, List.of(earlier));
        if (units.isPresent() || !Bounds.of(earlier).above(Bounds.of(later))) {
            return units;
        }
        return Optional.of(new FigureFinding(later, later.displayWithScope() + " is less than "
                + earlier.displayWithScope() + ", a running total through an earlier batch: a running total never "
                + "falls", List.of(earlier)));
    }
}
