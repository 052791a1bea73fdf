package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parts} add up to {@code total} in each statement that gives the total and at least one part; {@code complete}
 * when they make up all of it (已办结 + 阶段性办结 + 未办结 = 交办), not when some of the total is not broken down.
 */
public record PartsRule(FigureKey total, List<FigureKey> parts, boolean complete) implements Serializable, FigureRule {

    public PartsRule {
        parts = List.copyOf(parts);
    }

    @Override
    public List<Relation> bind(List<Figure> figures) {
        List<Relation> bound = new ArrayList<>();
        for (Statement s : Statement.group(figures)) {
            s.get(total).ifPresent(t -> {
                List<Figure> given = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (FigureKey p : parts) {
                    s.get(p).ifPresentOrElse(given::add, () -> missing.add(p.label()));
                }
                if (!given.isEmpty()) {
                    bound.add(new PartsOfTotal(t, given, complete ? missing : List.of(), complete));
                }
            });
        }
        return bound;
    }
}
