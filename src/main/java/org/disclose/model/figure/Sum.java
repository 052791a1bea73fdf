package org.disclose.model.figure;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shared check of a total against what adds up to it (parts, rows, a running total and a batch), in the total's
 * unit after conversion. When every addend is given and exact and they make up the whole, the sum must equal the
 * total; when a part is hedged or not given, or the addends need not make up the whole, only the bound that is known
 * is checked.
 */
final class Sum {

    private Sum() {
    }

    /**
     * @param addends  what the source gives of the sum
     * @param missing  the labels of parts it does not give, for the message
     * @param complete whether the addends (with the missing ones) make up the whole total
     * @param what     how the message names the addends: {@code its parts}, {@code its rows}
     */
    static Optional<FigureFinding> check(Figure total, List<Figure> addends, List<String> missing, boolean complete,
            String what, Function<Figure, String> show) {
        Optional<FigureFinding> units = UnitMismatch.among(total, addends);
        if (units.isPresent()) {
            return units;
        }
        Bounds given = addends.stream().map(Bounds::of).reduce(Bounds.ZERO, Bounds::plus);
        Bounds possible = complete && missing.isEmpty() ? given : given.openAbove();
        Bounds stated = Bounds.of(total);
        if (possible.meets(stated)) {
            return Optional.empty();
        }
        String verb;
        if (possible.isExact() && stated.isExact()) {
            verb = " does not agree with ";
        } else if (possible.above(stated)) {
            verb = " is less than ";
        } else {
            verb = " is more than ";
        }
        String expression = addends.stream().map(show).collect(Collectors.joining(" + "));
        String note = missing.isEmpty() ? "" : " (" + String.join(", ", missing) + " not given)";
        return Optional.of(new FigureFinding(total, show.apply(total) + verb + what + ": " + expression + " = "
                + given.display(total.unit()) + note, addends));
    }
}
