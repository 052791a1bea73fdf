package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Parts that add up to a total: 已办结 + 阶段性办结 + 未办结 = 交办. Where a part is not given, or the parts need not
 * cover the whole (属实 … 不属实 of 交办, while some are still being verified; 厅局级 and 县处级 of 问责 with the rest
 * not broken down), the given parts can only add up to at most the total.
 *
 * @param missing  the labels of parts the source does not give
 * @param complete whether all the parts, given and missing, make up the total
 */
public record PartsOfTotal(Figure total, List<Figure> parts, List<String> missing, boolean complete)
        implements Serializable, Relation {

    public PartsOfTotal {
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
    }

    @Override
    public Optional<FigureFinding> check() {
        // a row of a table is named by its region or type, so that the message says which row does not add up
        return Sum.check(total, parts, missing, complete, "its parts", f -> f == total ? named(f) : f.display());
    }

    private static String named(Figure f) {
        String row = f.scope().region() != null ? f.scope().region() : f.scope().topic();
        return row == null ? f.display() : f.display() + " (" + row + ")";
    }
}
