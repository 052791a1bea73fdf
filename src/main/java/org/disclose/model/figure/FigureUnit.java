package org.disclose.model.figure;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The unit a figure is printed in, as the source words it (件, 个, 人, 家, 元, 万元, %, 人次 ...), and what it measures,
 * so that figures compare only after conversion: 1 万元 = 10,000 元. Units of one measure convert by their factors;
 * 件, 个 and 项 all count items, since provinces word the same count either way. 人 and 人次 do not convert (one person
 * may be punished twice), nor does a unit no list here knows, except to itself.
 *
 * @param measure what is counted or measured; units convert only within one measure
 * @param factor  how many of the measure's base unit one of this unit is (万元: 10000 元)
 */
public record FigureUnit(String word, String measure, BigDecimal factor) implements Serializable {

    public static final FigureUnit ITEM = count("件", "items");
    public static final FigureUnit PIECE = count("个", "items");
    public static final FigureUnit TASK = count("项", "items");
    public static final FigureUnit PERSON = count("人", "people");
    public static final FigureUnit PERSON_TIME = count("人次", "person-times");
    public static final FigureUnit ENTERPRISE = count("家", "enterprises");
    public static final FigureUnit YUAN = new FigureUnit("元", "money", BigDecimal.ONE);
    public static final FigureUnit TEN_THOUSAND_YUAN = new FigureUnit("万元", "money", BigDecimal.valueOf(10_000));
    public static final FigureUnit HUNDRED_MILLION_YUAN = new FigureUnit("亿元", "money",
            BigDecimal.valueOf(100_000_000));
    public static final FigureUnit PERCENT = count("%", "percent");

    public FigureUnit {
        // 千, 万, 亿: powers of ten, so that converting back (fromBase) is always exact.
        if (!factor.stripTrailingZeros().unscaledValue().equals(BigInteger.ONE)) {
            throw new IllegalArgumentException("a unit's factor is a power of ten: " + factor);
        }
    }

    private static final List<FigureUnit> KNOWN = List.of(ITEM, PIECE, TASK, PERSON, PERSON_TIME, ENTERPRISE, YUAN,
            TEN_THOUSAND_YUAN, HUNDRED_MILLION_YUAN, PERCENT);

    private static FigureUnit count(String word, String measure) {
        return new FigureUnit(word, measure, BigDecimal.ONE);
    }

    /** The unit the source wrote: a known one, or one that converts only to itself. */
    public static FigureUnit of(String word) {
        return known(word).orElseGet(() -> new FigureUnit(word, "unit " + word, BigDecimal.ONE));
    }

    public static Optional<FigureUnit> known(String word) {
        return KNOWN.stream().filter(u -> u.word.equals(word)).findFirst();
    }

    public boolean convertsTo(FigureUnit other) {
        return measure.equals(other.measure);
    }

    /** {@code amount} of this unit in the measure's base unit: 1234.5 万元 is 12345000 元. */
    public BigDecimal toBase(BigDecimal amount) {
        return amount.multiply(factor);
    }

    /** {@code base} in the measure's base unit, in this unit: factors are powers of ten, so the quotient is exact. */
    public BigDecimal fromBase(BigDecimal base) {
        return base.divide(factor);
    }

    @Override
    public String toString() {
        return word;
    }
}
