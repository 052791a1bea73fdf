package org.disclose.model.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The hedge a source puts on a figure, one vocabulary for declared figures and indicators alike: 94%以上, 超过2万辆,
 * 累计突破1500万千瓦, 25微克以内, 约100, 25微克左右, 4700余件, 100多人, 近50人. Each word sits where Chinese puts it:
 * before the number, right after the number (余, 多: 300余万元, not 300万元余), or after number and unit.
 */
public enum Qualifier {
    AT_LEAST("以上", Place.AFTER_UNIT, Side.ABOVE),
    OVER("超过", Place.BEFORE, Side.ABOVE),
    BEYOND("突破", Place.BEFORE, Side.ABOVE),
    ODD("余", Place.AFTER_NUMBER, Side.ABOVE),
    MORE("多", Place.AFTER_NUMBER, Side.ABOVE),
    AT_MOST("以内", Place.AFTER_UNIT, Side.BELOW),
    NO_MORE_THAN("以下", Place.AFTER_UNIT, Side.BELOW),
    NEARLY("近", Place.BEFORE, Side.BELOW),
    ABOUT("约", Place.BEFORE, Side.EITHER),
    AROUND("左右", Place.AFTER_UNIT, Side.EITHER);

    /** Where the word is written. */
    public enum Place { BEFORE, AFTER_NUMBER, AFTER_UNIT }

    /** Where the true value lies, seen from the printed number. */
    private enum Side { ABOVE, BELOW, EITHER }

    private final String word;
    private final Place place;
    private final Side side;

    Qualifier(String word, Place place, Side side) {
        this.word = word;
        this.place = place;
        this.side = side;
    }

    public String word() {
        return word;
    }

    public Place place() {
        return place;
    }

    /** Whether the true value lies at or above the figure (以上, 超过, 突破, 余, 多). */
    public boolean above() {
        return side == Side.ABOVE;
    }

    /** Whether the true value lies at or below the figure (以内, 以下, 近). */
    public boolean below() {
        return side == Side.BELOW;
    }

    /** The number and unit with the hedge where it belongs: {@code 94%以上}, {@code 超过2万辆}, {@code 300余万元}. */
    public static String apply(Qualifier q, String number, String unit) {
        String u = unit == null ? "" : unit;
        if (q == null) {
            return number + u;
        }
        return switch (q.place) {
            case BEFORE -> q.word + number + u;
            case AFTER_NUMBER -> number + q.word + u;
            case AFTER_UNIT -> number + u + q.word;
        };
    }

    public static Optional<Qualifier> parse(String text) {
        return Arrays.stream(values()).filter(q -> q.word.equals(text)).findFirst();
    }

    /** The words of a place, longest first, for a pattern that reads a printed value. */
    public static List<String> wordsAt(Place place) {
        return Arrays.stream(values()).filter(q -> q.place == place).map(Qualifier::word)
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Qualifier::word).toList();
    }
}
