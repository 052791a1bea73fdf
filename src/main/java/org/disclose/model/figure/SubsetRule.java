package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** {@code subset} ≤ {@code superset} in each statement that gives both. */
public record SubsetRule(FigureKey subset, FigureKey superset) implements Serializable, FigureRule {

    @Override
    public List<Relation> bind(List<Figure> figures) {
        List<Relation> bound = new ArrayList<>();
        for (Statement s : Statement.group(figures)) {
            s.get(subset).ifPresent(sub -> s.get(superset).ifPresent(sup -> bound.add(new Subset(sub, sup))));
        }
        return bound;
    }
}
