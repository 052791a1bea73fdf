package org.disclose.model.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a figure counts over: a round, some of its batches, a region, or a combination. Each part is optional: no
 * batches means the round as a whole, no region means the whole area the site covers (a table's total row).
 *
 * @param round   the round's id, or null
 * @param batches the batches covered, or null
 * @param region  the region (a city, or a province in a national table) as the source names it, or null
 */
public record FigureScope(String round, Batches batches, String region) {

    public static final FigureScope WHOLE = new FigureScope(null, null, null);

    public static FigureScope round(String round) {
        return new FigureScope(round, null, null);
    }

    public FigureScope withBatches(Batches b) {
        return new FigureScope(round, b, region);
    }

    public FigureScope inRegion(String r) {
        return new FigureScope(round, batches, r);
    }

    /** The same scope over the whole area: where a region's row adds into. */
    public FigureScope allRegions() {
        return new FigureScope(round, batches, null);
    }

    /** The region and batches for messages ({@code 长春市, 第13批}); empty for a whole round. */
    public String display() {
        List<String> parts = new ArrayList<>();
        if (region != null) {
            parts.add(region);
        }
        if (batches != null) {
            parts.add(batches.display());
        }
        return String.join(", ", parts);
    }
}
