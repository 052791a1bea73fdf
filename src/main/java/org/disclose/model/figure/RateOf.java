package org.disclose.model.figure;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A rate is a part of a whole, in percent, at the precision it is printed with and rounded as its source rounds
 * ({@link Rounding}): 办结率 97.64% = 已办结 4593 ÷ 交办 4704; 3.0% = 120万元 ÷ 4000万元. Part and whole are converted
 * to one unit first. Where either is hedged, the rate must fall within what they allow.
 */
public record RateOf(Figure rate, Figure part, Figure whole) implements Serializable, Relation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Optional<FigureFinding> check() {
        List<Figure> others = List.of(part, whole);
        if (!rate.unit().convertsTo(FigureUnit.PERCENT)) {
            return Optional.of(new FigureFinding(rate, rate.display() + " is a rate of " + part.display() + " ÷ "
                    + whole.display() + ", but is not in %", others));
        }
        Optional<FigureFinding> units = UnitMismatch.among(part, List.of(whole));
        if (units.isPresent()) {
            return Optional.of(new FigureFinding(rate, rate.display() + " cannot be checked: "
                    + units.get().message(), others));
        }
        Bounds p = Bounds.of(part);
        Bounds w = Bounds.of(whole);
        if (w.high() != null && w.high().signum() == 0) {
            return Optional.of(new FigureFinding(rate, rate.display() + " cannot be a rate of " + whole.display(),
                    others));
        }
        Bounds computed = new Bounds(percent(p.low(), w.high()), percent(p.high(), w.low()));
        if (computed.meets(Bounds.of(rate))) {
            return Optional.empty();
        }
        return Optional.of(new FigureFinding(rate, rate.display() + " does not agree with " + part.display() + " ÷ "
                + whole.display() + " = " + computed.displayPercent() + " ("
                + rate.rounding().to(rate.value().printedScale()) + ")", others));
    }

    /** part ÷ whole in percent at the rate's printed scale; an unknown whole gives 0 below and nothing above. */
    private BigDecimal percent(BigDecimal partValue, BigDecimal wholeValue) {
        int scale = rate.value().printedScale();
        if (partValue == null || wholeValue == null) {
            return partValue == null ? null : BigDecimal.ZERO.setScale(scale);
        }
        if (wholeValue.signum() == 0) {
            return null;
        }
        return partValue.multiply(HUNDRED).divide(wholeValue, scale, rate.rounding().mode());
    }
}
