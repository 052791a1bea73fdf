package org.disclose.model.figure;

import java.io.Serializable;
import java.util.Optional;

/**
 * How declared figures must agree, bound to the figures themselves. A relation that does not hold is reported at the
 * one figure it makes wrong (the total, the rate, the subset), naming the figures it disagrees with. Hedged figures
 * take part only as the bounds they state ({@link Bounds}).
 */
public sealed interface Relation extends Serializable
        permits PartsOfTotal, RateOf, RunningTotal, RunningTotalGrows, Subset,
        TableTotal, TopicRow {

    Optional<FigureFinding> check();
}
