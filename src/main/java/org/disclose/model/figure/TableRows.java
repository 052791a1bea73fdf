package org.disclose.model.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a table's rows break a count down by. Regions divide it: each case is in one region, so the rows add up to the
 * count ({@link TableTotalRule}). Types do not: one case may be of several pollution types, so each type's row is at
 * most the count ({@link TopicRowsRule}), and the rows may add up to more.
 */
public enum TableRows {
    REGION("region"),
    TYPE("type");

    private final String word;

    TableRows(String word) {
        this.word = word;
    }

    /** How content writes it: {@code rows: region}. */
    public String word() {
        return word;
    }

    public static Optional<TableRows> parse(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(TableRows::word).toList();
    }
}
