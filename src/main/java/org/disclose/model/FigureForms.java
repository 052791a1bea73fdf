package org.disclose.model;

import java.math.BigDecimal;
import org.disclose.diag.SourcePos;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureSource;
import org.disclose.model.figure.FigureValue;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.Rounding;
import org.disclose.model.figure.StandardFigure;

/**
 * Today's named fields (a round report's {@code tasksTotal} … {@code closureRate}, accountability's {@code total} and
 * {@code byRank}) are a form of declared figures: each is the standard figure in its standard words and unit, for the
 * round, at the entry's as-of date, read where the field was written. So one set of relations checks them all.
 */
final class FigureForms {

    private FigureForms() {
    }

    /** The figure a field states, or null where the field was not given. */
    static Figure of(StandardFigure key, Number value, SourcePos at, String release, PartialDate asOf,
            String round) {
        return of(key, value, at, release, asOf, FigureScope.round(round));
    }

    /** The figure a field states for {@code scope} (a round, or a region of it), or null where it was not given. */
    static Figure of(StandardFigure key, Number value, SourcePos at, String release, PartialDate asOf,
            FigureScope scope) {
        if (value == null) {
            return null;
        }
        BigDecimal amount = value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
        return new Figure(key, key.label(), new FigureValue(amount, null), key.unit(), asOf, scope,
                new FigureSource(release, at), Rounding.HALF_UP);
    }
}
