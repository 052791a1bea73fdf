package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A running total through batch N is the running total through batch N−1 plus batch N: 交办 (第1至13批) = 交办
 * (第1至12批) + 交办 (第13批). It holds for what is fixed once a batch is assigned, such as the cases assigned; not for
 * handling counts, which keep growing in earlier batches.
 */
public record RunningTotal(Figure through, Figure previous, Figure batch) implements Serializable, Relation {

    @Override
    public Optional<FigureFinding> check() {
        return Sum.check(through, List.of(previous, batch), List.of(), true,
                "the running total before this batch and the batch", Figure::displayWithScope);
    }
}
