package org.disclose.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclose.model.figure.FigureUnit;
import org.disclose.model.figure.Qualifier;

/**
 * A figure's {@code value} as a source prints it: {@code 4593}, {@code "4,593"}, {@code "97.64%"}, {@code "超过100"},
 * {@code "94%以上"}, {@code "约5"}, {@code "4700余"}, {@code "300余万元"}, {@code "1234.5万元"}. Read only where it
 * is unambiguous: a hedge only where Chinese puts it ({@link Qualifier.Place}: 超过, 约 before the number; 余, 多 right
 * after it; 以上, 以内 after the unit), a plain number, and at most a known unit word ({@link FigureUnit#known}).
 * A multiplier glued to a unit it does not form ({@code 2万辆}, {@code 1.2亿}) is refused: whether it scales the number or belongs to the unit is a guess, so the author writes the number in full
 * or the unit in {@code unit}.
 *
 * @param unit      the unit word printed with the number, or null
 * @param qualifier the hedge printed with it, or null
 * @param grouped   whether the number was printed with thousands separators, which the site then prints too
 */
record FigureValueText(BigDecimal amount, String unit, Qualifier qualifier, boolean grouped) {

    private static final Pattern SHAPE = Pattern.compile("(" + words(Qualifier.Place.BEFORE) + ")?\\s*"
            + "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(" + words(Qualifier.Place.AFTER_NUMBER) + ")?\\s*"
            + "([^0-9\\s以]*?)\\s*(" + words(Qualifier.Place.AFTER_UNIT) + ")?");

    /** Empty when the text is not of that form, or names a unit no list knows. */
    static Optional<FigureValueText> parse(String text) {
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(4).isEmpty() ? null : m.group(4);
        if (unit != null && FigureUnit.known(unit).isEmpty()) {
            return Optional.empty();
        }
        List<String> hedges = Stream.of(m.group(1), m.group(3), m.group(5)).filter(Objects::nonNull).toList();
        if (hedges.size() > 1 || !commasGroupThousands(m.group(2))) {
            return Optional.empty();
        }
        Qualifier q = hedges.isEmpty() ? null : Qualifier.parse(hedges.get(0)).orElseThrow();
        BigDecimal amount = new BigDecimal(m.group(2).replace(",", ""));
        if (amount.precision() > 40 || amount.scale() > 30) {
            return Optional.empty();
        }
        return Optional.of(new FigureValueText(amount, unit, q, m.group(2).contains(",")));
    }

    private static String words(Qualifier.Place place) {
        return String.join("|", Qualifier.wordsAt(place));
    }

    /** {@code 4,593} is four thousand; {@code 45,93} is a typo, not a number to guess at. */
    private static boolean commasGroupThousands(String number) {
        String whole = number.contains(".") ? number.substring(0, number.indexOf('.')) : number;
        return !whole.contains(",") || whole.matches("[0-9]{1,3}(,[0-9]{3})+");
    }
}
