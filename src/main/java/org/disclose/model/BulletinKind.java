package org.disclose.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a complaints bulletin reports: cases the inspectors assigned (交办), or how they were handled (办理). */
public enum BulletinKind {
    ASSIGNED("交办"), HANDLED("办理");

    private final String word;

    BulletinKind(String word) {
        this.word = word;
    }

    /** As content writes it and the site shows it. */
    public String word() {
        return word;
    }

    public static Optional<BulletinKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.word.equals(text)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(BulletinKind::word).toList();
    }
}
