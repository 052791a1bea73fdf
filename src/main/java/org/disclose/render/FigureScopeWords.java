package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
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

    /** The batches after the figure's type and region, each where it has one: a bulletin's figure. */
    public static String of(FigureScope s, Strings t) {
        return of(s, t, true);
    }

    /**
     * Its region, type and batches, each where it has one; {@code wholeRound} says whether a figure without batches
     * is said to cover every batch of the round (a bulletin's, whose figures are of batches) or nothing is said of
     * batches (a report's, a case's, an accountability entry's: 吉林省, not 吉林省、本轮全部批次). Empty when there is
     * nothing to say.
     */
    public static String of(FigureScope s, Strings t, boolean wholeRound) {
        List<String> parts = new ArrayList<>();
        if (s.region() != null) {
            parts.add(s.region());
        }
        if (s.topic() != null) {
            parts.add(s.topic());
        }
        if (s.batches() != null || wholeRound) {
            parts.add(batches(s.batches(), t));
        }
        return String.join(t.get("itemSeparator"), parts);
    }
}
