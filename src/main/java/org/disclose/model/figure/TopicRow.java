package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A table's row for one type of case (大气) is at most the count over every type: a subset, named with its scope,
 * since the row and the count share their label.
 */
public record TopicRow(Figure row, Figure count) implements Serializable, Relation {

    @Override
    public Optional<FigureFinding> check() {
        Optional<FigureFinding> units = UnitMismatch.among(row, List.of(count));
        if (units.isPresent() || !Bounds.of(row).above(Bounds.of(count))) {
            return units;
        }
        return Optional.of(new FigureFinding(row, row.displayWithScope() + " is more than "
                + count.displayWithScope() + ", the count of every type, which includes it", List.of(count)));
    }
}
