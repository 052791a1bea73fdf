package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code key} through batch N = through batch N−1 + batch N, for every N ≥ 2 where all three are given in the same
 * round and region, from whichever releases: a running total and the previous one come from different bulletins, on
 * different dates. Only for what is fixed once a batch is assigned ({@link RunningTotal}).
 */
public record RunningTotalRule(FigureKey key) implements Serializable, FigureRule {

    @Override
    public List<Relation> bind(List<Figure> figures) {
        List<Figure> mine = figures.stream().filter(f -> f.key().equals(key) && f.scope().batches() != null).toList();
        List<Relation> bound = new ArrayList<>();
        for (Figure through : mine) {
            Batches b = through.scope().batches();
            if (!b.isCumulative() || b.isSingle()) {
                continue;
            }
            boolean summed = false;
            for (Figure previous : with(mine, through, Batches.through(b.last() - 1))) {
                for (Figure batch : with(mine, through, Batches.single(b.last()))) {
                    bound.add(new RunningTotal(through, previous, batch));
                    summed = true;
                }
            }
            if (!summed) {
                nearestEarlier(mine, through).ifPresent(e -> bound.add(new RunningTotalGrows(e, through)));
            }
        }
        return bound;
    }

    /**
     * The running total through the latest batch before {@code through}'s, where the sum with the batch between
     * cannot be checked: through 13 for through 22.
     */
    private Optional<Figure> nearestEarlier(List<Figure> mine, Figure through) {
        int last = through.scope().batches().last();
        return mine.stream().filter(f -> f.scope().batches().isCumulative() && f.scope().batches().last() < last)
                .map(f -> f.scope().batches()).distinct().max(Comparator.comparingInt(Batches::last))
                .flatMap(b -> with(mine, through, b).stream().findFirst());
    }

    /** The first of each statement only: a table's total row restating a batch's count is not a second count. */
    private List<Figure> with(List<Figure> mine, Figure like, Batches batches) {
        FigureScope scope = like.scope();
        return Statement.group(mine.stream().filter(f -> f.scope().batches().equals(batches)
                && Objects.equals(f.scope().round(), scope.round())
                && Objects.equals(f.scope().region(), scope.region())
                && Objects.equals(f.scope().topic(), scope.topic())).toList()).stream()
                .map(s -> s.figures().get(key)).toList();
    }
}
