package org.disclose.model.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The hedge a release puts on a figure: 94%以上, 超过2万辆, 累计突破1500万千瓦, 25微克以内, 约100. Written before or
 * after the number as Chinese does.
 */
public enum Qualifier {
    AT_LEAST("以上", false), OVER("超过", true), BEYOND("突破", true), AT_MOST("以内", false), ABOUT("约", true);

    private final String word;
    private final boolean before;

    Qualifier(String word, boolean before) {
        this.word = word;
        this.before = before;
    }

    public String word() {
        return word;
    }

    /** Whether the true value lies above the figure (以上, 超过, 突破). */
    public boolean above() {
        return this == AT_LEAST || this == OVER || this == BEYOND;
    }

    /** Whether the true value lies below the figure (以内). */
    public boolean below() {
        return this == AT_MOST;
    }

    /** The figure with its hedge, e.g. {@code 94%以上} or {@code 超过2万辆}. */
    public static String apply(Qualifier q, String numberWithUnit) {
        if (q == null) {
            return numberWithUnit;
        }
        return q.before ? q.word + numberWithUnit : numberWithUnit + q.word;
    }

    public static Optional<Qualifier> parse(String text) {
        return Arrays.stream(values()).filter(q -> q.word.equals(text)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Qualifier::word).toList();
    }
}
