package org.disclose.model.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks declared figures against each other: every standard relation, and those an author declares, wherever the
 * figures they relate are given. Returns one finding per relation that does not hold, in the order of the rules.
 */
public final class FigureCheck {

    private FigureCheck() {
    }

    /** The standard relations and {@code declared} ones (custom figures, tables) among {@code figures}. */
    public static List<FigureFinding> check(List<Figure> figures, List<FigureRule> declared) {
        return check(figures, declared, rule -> true);
    }

    /** As {@link #check(List, List)}, with only the rules {@code which} selects. */
    public static List<FigureFinding> check(List<Figure> figures, List<FigureRule> declared,
            Predicate<FigureRule> which) {
        List<FigureRule> rules = new ArrayList<>(StandardRelations.RULES);
        rules.addAll(declared);
        List<Relation> relations = new ArrayList<>();
        for (FigureRule rule : rules) {
            if (which.test(rule)) {
                relations.addAll(rule.bind(figures));
            }
        }
        return check(relations);
    }

    public static List<FigureFinding> check(List<Relation> relations) {
        List<FigureFinding> findings = new ArrayList<>();
        for (Relation r : relations) {
            r.check().ifPresent(findings::add);
        }
        return findings;
    }
}
