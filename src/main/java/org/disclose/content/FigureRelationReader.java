package org.disclose.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclose.diag.Diagnostics;
import org.disclose.model.figure.FigureKey;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.RateRule;
import org.disclose.model.figure.RunningTotalRule;
import org.disclose.model.figure.SubsetRule;
import org.disclose.text.Fields;
import org.disclose.text.YNode;

/**
 * The relations one figure of a {@code figures:} list declares besides {@code parts:}: {@code rateOf: {part: paid,
 * whole: fund}} on a rate, {@code subsetOf: fund} on what counts some of another figure, {@code runningTotal: true} on
 * a custom count that batches add up to. A relation names figures of the same list; one that names a key the list does
 * not declare is a located error ({@link #namesDeclared}), since it would never be checked.
 */
final class FigureRelationReader {

    private FigureRelationReader() {
    }

    /** The rules item {@code i} (the figure {@code key}) declares, or null after an error. */
    static List<FigureRule> read(Fields i, FigureKey key) {
        List<FigureRule> rules = new ArrayList<>();
        boolean ok = true;
        Optional<Fields> rate = i.mapping("rateOf", "'rateOf' (the part and the whole this rate is of)");
        if (rate.isPresent()) {
            Fields r = rate.get();
            FigureKey part = named(r, "part");
            FigureKey whole = named(r, "whole");
            r.reportUnknown();
            ok &= part != null && whole != null;
            if (key != null && part != null && whole != null) {
                rules.add(new RateRule(key, part, whole));
            }
        } else {
            ok &= !i.has("rateOf");
        }
        if (i.has("subsetOf")) {
            FigureKey superset = named(i, "subsetOf");
            ok &= superset != null;
            if (key != null && superset != null) {
                rules.add(new SubsetRule(key, superset));
            }
        }
        if (i.bool("runningTotal", false) && key != null) {
            rules.add(new RunningTotalRule(key));
        }
        return ok ? rules : null;
    }

    private static FigureKey named(Fields f, String field) {
        String text = f.requireString(field);
        return text == null ? null : FigureReader.key(text.trim(), f.posOf(field), f.diagnostics());
    }

    /**
     * Every key a relation of the {@code figures:} list of {@code f} names ({@code rateOf}, {@code subsetOf}) is the
     * key of a figure in that list: a relation to a figure nobody declared would silently never be checked. Reads the
     * list as written, so that its other errors are reported once, by the reader of the figures.
     */
    static void namesDeclared(Fields f, Diagnostics d) {
        if (!(f.node("figures").orElse(null) instanceof YNode.Sequence seq)) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        List<YNode.Scalar> named = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Mapping m) {
                scalar(m, "key").ifPresent(s -> keys.add(s.text().trim()));
                scalar(m, "subsetOf").ifPresent(named::add);
                YNode.Entry rate = m.entries().get("rateOf");
                if (rate != null && rate.value() instanceof YNode.Mapping r) {
                    scalar(r, "part").ifPresent(named::add);
                    scalar(r, "whole").ifPresent(named::add);
                }
            }
        }
        for (YNode.Scalar s : named) {
            if (!keys.contains(s.text().trim())) {
                d.error(s.pos(), "the relation names '" + s.text().trim() + "', which no figure of this list "
                        + "declares: relations are between figures of one list; declared keys are "
                        + (keys.isEmpty() ? "none" : String.join(", ", keys)));
            }
        }
    }

    private static Optional<YNode.Scalar> scalar(YNode.Mapping m, String key) {
        YNode.Entry e = m.entries().get(key);
        return e != null && e.value() instanceof YNode.Scalar s && !s.isNull() ? Optional.of(s) : Optional.empty();
    }
}
