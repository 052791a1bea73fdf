package org.disclose.render;

import org.disclose.model.figure.Batches;
import org.disclose.model.figure.FigureScope;

/**
 * What a declared figure counts over, in the theme's words, the same on its page, in the latest figures and in the
 * open data: {@code 第12批}, {@code 第1至13批}, {@code 截至第22批}, the round as a whole, after its type and region
 * where it has them ({@code 长春市、大气、第13批}).
 */
public final class FigureScopeWords {

    private FigureScopeWords() {
    }

    /**
     * {@code 第12批}, {@code 第1至13批}, {@code 截至第22批} where the source counts cumulatively ({@code through: 22}), or
     * the words for the round as a whole.
     */
    public static String batches(Batches b, Strings t) {
        if (b == null) {
            return t.get("bulletinWholeRound");
        }
        if (b.writtenThrough()) {
            return t.get("batchThroughPrefix") + b.last() + t.get("batchSuffix");
        }
        String first = t.get("batchPrefix") + b.first();
        return b.isSingle() ? first + t.get("batchSuffix")
                : first + t.get("batchRangeJoin") + b.last() + t.get("batchSuffix");
    }

    /** The batches after the figure's type and region, each where it has one. */
    public static String of(FigureScope s, Strings t) {
        String where = batches(s.batches(), t);
        if (s.topic() != null) {
            where = s.topic() + t.get("itemSeparator") + where;
        }
        return s.region() == null ? where : s.region() + t.get("itemSeparator") + where;
    }
}
