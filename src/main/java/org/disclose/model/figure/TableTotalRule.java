package org.disclose.model.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code key} by region adds up to {@code key} over all regions, in each release, round, batches and date. Declared
 * for a table (by region × channel, a national accountability summary), not assumed: a release that names a few
 * regions in its text has not given a table.
 */
public record TableTotalRule(FigureKey key) implements FigureRule {

    @Override
    public List<Relation> bind(List<Figure> figures) {
        List<Figure> mine = figures.stream().filter(f -> f.key().equals(key)).toList();
        List<Relation> bound = new ArrayList<>();
        for (Statement s : Statement.group(mine)) {
            if (s.scope().region() != null) {
                continue;
            }
            List<Figure> rows = mine.stream().filter(f -> f.scope().region() != null
                    && f.scope().allRegions().equals(s.scope()) && Objects.equals(release(f), s.release())
                    && Objects.equals(f.asOf(), s.asOf())).toList();
            if (!rows.isEmpty()) {
                bound.add(new TableTotal(s.figures().get(key), rows));
            }
        }
        return bound;
    }

    private static String release(Figure f) {
        return f.source() == null ? null : f.source().release();
    }
}
