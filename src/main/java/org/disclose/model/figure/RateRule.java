package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** {@code rate} = {@code part} ÷ {@code whole} in each statement that gives all three. */
public record RateRule(FigureKey rate, FigureKey part, FigureKey whole) implements Serializable, FigureRule {

    @Override
    public List<Relation> bind(List<Figure> figures) {
        List<Relation> bound = new ArrayList<>();
        for (Statement s : Statement.group(figures)) {
            s.get(rate).ifPresent(r -> s.get(part).ifPresent(p -> s.get(whole)
                    .ifPresent(w -> bound.add(new RateOf(r, p, w)))));
        }
        return bound;
    }
}
