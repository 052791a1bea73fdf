package org.disclose.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The shared behaviour of the official vocabularies (状态, 是否属实 ...): find a term by its words, list them. */
final class Terms {

    private Terms() {
    }

    static <E> Optional<E> parse(E[] terms, Function<E, String> label, String text) {
        return Arrays.stream(terms).filter(t -> label.apply(t).equals(text)).findFirst();
    }

    static <E> List<String> labels(E[] terms, Function<E, String> label) {
        return Arrays.stream(terms).map(label).toList();
    }
}
