package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A figure that counts some of what another counts can be no more than it: 应完成已完成 ≤ 应完成, 正厅级 ≤ 厅局级,
 * 重点 ≤ 交办.
 */
public record Subset(Figure subset, Figure superset) implements Serializable, Relation {

    @Override
    public Optional<FigureFinding> check() {
        Optional<FigureFinding> units = UnitMismatch.among(subset, List.of(superset));
        if (units.isPresent() || !Bounds.of(subset).above(Bounds.of(superset))) {
            return units;
        }
        return Optional.of(new FigureFinding(subset, subset.display() + " is more than " + superset.display()
                + ", which includes it", List.of(superset)));
    }
}
