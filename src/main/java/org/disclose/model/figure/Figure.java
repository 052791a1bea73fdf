package org.disclose.model.figure;

import java.io.Serializable;
import java.math.BigDecimal;
import org.disclose.diag.SourcePos;

/**
 * A figure as a source declares it: what it is, the value as printed, its unit, the label in the source's own words
 * (已办结, or 已结案销号), the date it stands at, what it counts over, and where it was read. It needs no records
 * behind it: an office's statement is shown as stated, and checked against the figures it relates to.
 *
 * @param asOf     the date the figure stands at, at the source's precision; null where the source gives none
 * @param rounding how the source brought it to its printed precision, where it is a rate
 */
public record Figure(
        FigureKey key,
        String label,
        FigureValue value,
        FigureUnit unit,
        PartialDate asOf,
        FigureScope scope,
        FigureSource source,
        Rounding rounding) implements Serializable {

    public Figure {
        if (key == null || value == null || unit == null) {
            throw new IllegalArgumentException("a figure needs a key, a value and a unit");
        }
        label = label == null || label.isBlank() ? key.label() : label;
        scope = scope == null ? FigureScope.WHOLE : scope;
        rounding = rounding == null ? Rounding.HALF_UP : rounding;
    }

    /** A standard figure in its default words and unit, over the whole site, read at {@code source}. */
    public static Figure of(StandardFigure key, FigureValue value, FigureSource source) {
        return new Figure(key, key.label(), value, key.unit(), null, FigureScope.WHOLE, source, Rounding.HALF_UP);
    }

    public Figure withLabel(String words) {
        return new Figure(key, words, value, unit, asOf, scope, source, rounding);
    }

    public Figure withValue(FigureValue v) {
        return new Figure(key, label, v, unit, asOf, scope, source, rounding);
    }

    public Figure withUnit(FigureUnit u) {
        return new Figure(key, label, value, u, asOf, scope, source, rounding);
    }

    public Figure withAsOf(PartialDate date) {
        return new Figure(key, label, value, unit, date, scope, source, rounding);
    }

    public Figure withScope(FigureScope s) {
        return new Figure(key, label, value, unit, asOf, s, source, rounding);
    }

    public Figure withSource(FigureSource s) {
        return new Figure(key, label, value, unit, asOf, scope, s, rounding);
    }

    public Figure withRounding(Rounding r) {
        return new Figure(key, label, value, unit, asOf, scope, source, r);
    }

    /**
     * Whether a count of records (cases, in the figure's own unit) is what the figure lets the true value be: exactly
     * its number when it is exact, and only the bound it states when hedged (超过28 admits 28 and more; 约 anything).
     */
    public boolean admits(long count) {
        Bounds b = Bounds.of(this);
        BigDecimal n = unit.toBase(BigDecimal.valueOf(count));
        return n.compareTo(b.low()) >= 0 && (b.high() == null || n.compareTo(b.high()) <= 0);
    }

    /** Where the figure was written, for a finding about it; null when it was not read from a file. */
    public SourcePos pos() {
        return source == null ? null : source.pos();
    }

    /** The label and the value as printed: {@code 已办结 4593件}, {@code 问责 超过100人}. */
    public String display() {
        return label + " " + value.display(unit);
    }

    /** With its region and batches where there are any: {@code 交办 450件 (第1至12批)}. */
    public String displayWithScope() {
        String where = scope.display();
        return where.isEmpty() ? display() : display() + " (" + where + ")";
    }
}
