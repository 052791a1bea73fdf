package org.disclose.model.figure;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A number exactly as printed, its scale kept (97.64 has two decimals, 97.6 one: the precision a rate is checked
 * at), whether it was printed with thousands separators (1,234,500), with the hedge the source puts on it (以上, 超过, 余, 以内, 约 …), or none when the number is exact.
 */
public record FigureValue(BigDecimal amount, Qualifier qualifier, boolean grouped) implements Serializable {

    public FigureValue {
        if (amount == null) {
            throw new IllegalArgumentException("a figure needs a number");
        }
    }

    /** A number printed without thousands separators, as Chinese reports mostly print them. */
    public FigureValue(BigDecimal amount, Qualifier qualifier) {
        this(amount, qualifier, false);
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
        return Qualifier.apply(qualifier, printed(), unit.word());
    }

    /** The number as printed: {@code 4593}, or {@code 1,234,500} where the source groups its thousands. */
    public String printed() {
        String plain = amount.toPlainString();
        if (!grouped) {
            return plain;
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder b = new StringBuilder(whole);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            b.insert(i, ',');
        }
        return b + (point < 0 ? "" : plain.substring(point));
    }
}
