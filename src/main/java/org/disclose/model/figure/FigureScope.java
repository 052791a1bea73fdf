package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a figure counts over: a round, some of its batches, a region, a type of case, or a combination. Each part is
 * optional: no batches means the round as a whole, no region means the whole area the site covers (a table's total
 * row), no topic means every case whatever its type.
 *
 * @param round   the round's id, or null
 * @param batches the batches covered, or null
 * @param region  the region (a city, or a province in a national table) as the source names it, or null
 * @param topic   the type of case the figure counts (a pollution type, 大气), as the source names it, or null; one case
 *                may be of several types, so figures by topic need not add up to the count over all types
 */
public record FigureScope(String round, Batches batches, String region, String topic) implements Serializable {

    public static final FigureScope WHOLE = new FigureScope(null, null, null, null);

    /** A scope of every type of case. */
    public FigureScope(String round, Batches batches, String region) {
        this(round, batches, region, null);
    }

    public static FigureScope round(String round) {
        return new FigureScope(round, null, null, null);
    }

    public FigureScope withBatches(Batches b) {
        return new FigureScope(round, b, region, topic);
    }

    public FigureScope inRegion(String r) {
        return new FigureScope(round, batches, r, topic);
    }

    public FigureScope ofTopic(String t) {
        return new FigureScope(round, batches, region, t);
    }

    /** The same scope over the whole area: where a region's row adds into. */
    public FigureScope allRegions() {
        return new FigureScope(round, batches, null, topic);
    }

    /** Whether it narrows a round and its batches to a part of the area or of the cases. */
    public boolean isPart() {
        return region != null || topic != null;
    }

    /** The region, type and batches for messages ({@code 长春市, 第13批}; {@code 大气, 第12批}); empty for a whole round. */
    public String display() {
        List<String> parts = new ArrayList<>();
        if (region != null) {
            parts.add(region);
        }
        if (topic != null) {
            parts.add(topic);
        }
        if (batches != null) {
            parts.add(batches.display());
        }
        return String.join(", ", parts);
    }
}
