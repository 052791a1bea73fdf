package org.disclose.model.figure;

import java.math.BigDecimal;

/**
 * A number exactly as printed, its scale kept (97.64 has two decimals, 97.6 one: the precision a rate is checked
 * at), with the hedge the source puts on it (以上, 超过, 余, 以内, 约 …), or none when the number is exact.
 */
public record FigureValue(BigDecimal amount, Qualifier qualifier) {

    public FigureValue {
        if (amount == null) {
            throw new IllegalArgumentException("a figure needs a number");
        }
    }

    public static FigureValue exact(String printed) {
        return new FigureValue(new BigDecimal(printed), null);
    }

    public static FigureValue qualified(String printed, Qualifier qualifier) {
        return new FigureValue(new BigDecimal(printed), qualifier);
    }

    public boolean isExact() {
        return qualifier == null;
    }

    /** The decimals it is printed with. */
    public int printedScale() {
        return Math.max(0, amount.scale());
    }

    /** The number and unit with the hedge where the source put it: {@code 4593件}, {@code 超过100人}, {@code 94%以上}. */
    public String display(FigureUnit unit) {
        return Qualifier.apply(qualifier, amount.toPlainString(), unit.word());
    }
}
