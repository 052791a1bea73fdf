package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures one release states for one scope at one date: the figures a relation such as 已办结 + 阶段性办结 + 未办结
 * = 交办 binds together. Figures of other batches (办理 through 13 while 22 are assigned), regions or dates are other
 * statements and are not compared. A key stated twice in one statement is a conflict for another check; relations
 * use the first.
 */
record Statement(String release, FigureScope scope, PartialDate asOf, Map<FigureKey,
        Figure> figures) implements Serializable {

    private record Key(String release, FigureScope scope, PartialDate asOf) implements Serializable {
    }

    static List<Statement> group(List<Figure> all) {
        Map<Key, Map<FigureKey, Figure>> grouped = new LinkedHashMap<>();
        for (Figure f : all) {
            String release = f.source() == null ? null : f.source().release();
            grouped.computeIfAbsent(new Key(release, f.scope(), f.asOf()), k -> new LinkedHashMap<>())
                    .putIfAbsent(f.key(), f);
        }
        List<Statement> statements = new ArrayList<>();
        grouped.forEach((k, figures) -> statements.add(new Statement(k.release(), k.scope(), k.asOf(), figures)));
        return statements;
    }

    Optional<Figure> get(FigureKey key) {
        return Optional.ofNullable(figures.get(key));
    }
}
