package org.disclose.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.StandardFigure;

/**
 * The latest declared complaint figures of a round, one per standard figure, for the complaints overview and the
 * round dashboard (issue 16). They are shown whether or not complaint rows exist.
 *
 * <p><b>The rule.</b> Of the figures the round's bulletins declare for the whole area (no region) under one standard
 * complaint key (交办 … 办结率, 属实 … 不属实, and the handling outcomes 责令整改 … 约谈), the one shown is the one with
 * the latest as-of date (a figure without one stands at its bulletin's date; partial dates sort by their last day,
 * then their first, as {@link PartialDate#compareTo}), then the widest scope (the round as a whole, then the most
 * batches), then the later bulletin, then the bulletin's slug, then the first in the bulletin: so ties always resolve
 * the same way.
 */
public final class LatestFigures {

    /** A figure with the bulletin that declares it. */
    public record Declared(Figure figure, Bulletin bulletin) implements Serializable {

        /** The date it stands at: its own, or its bulletin's. */
        public PartialDate asOf() {
            return figure.asOf() != null ? figure.asOf() : PartialDate.day(bulletin.date());
        }

        /** How many batches it covers; the round as a whole covers them all. */
        int width() {
            Batches b = figure.scope().batches();
            return b == null ? Integer.MAX_VALUE : b.last() - b.first() + 1;
        }
    }

    /** The complaint figures, in the order they are shown. */
    public static final List<StandardFigure> KEYS = List.of(StandardFigure.COMPLAINTS_ASSIGNED,
            StandardFigure.COMPLAINTS_KEY, StandardFigure.COMPLAINTS_CLOSED, StandardFigure.COMPLAINTS_PHASED,
            StandardFigure.COMPLAINTS_OPEN, StandardFigure.CLOSURE_RATE, StandardFigure.VERIFIED,
            StandardFigure.MOSTLY_VERIFIED, StandardFigure.PARTLY_VERIFIED, StandardFigure.NOT_VERIFIED,
            StandardFigure.ORDERED_TO_RECTIFY, StandardFigure.PENALIZED, StandardFigure.FINES,
            StandardFigure.CRIMINAL_INVESTIGATIONS, StandardFigure.ADMINISTRATIVE_DETENTIONS,
            StandardFigure.CRIMINAL_DETENTIONS, StandardFigure.INTERVIEWED);

    /** Which of two candidates is shown: the greater. Candidates from one bulletin keep their order by index. */
    private static final Comparator<Declared> LATER = Comparator.comparing(Declared::asOf)
            .thenComparingInt(Declared::width)
            .thenComparing(d -> d.bulletin().date())
            .thenComparing(d -> d.bulletin().slug(), Comparator.reverseOrder());

    private LatestFigures() {
    }

    /** The latest figure for each key the round's bulletins declare, in {@link #KEYS} order; empty when none. */
    public static List<Declared> of(String round, List<Bulletin> bulletins) {
        List<Declared> shown = new ArrayList<>();
        for (StandardFigure key : KEYS) {
            latest(round, key, bulletins).ifPresent(shown::add);
        }
        return List.copyOf(shown);
    }

    private static Optional<Declared> latest(String round, StandardFigure key, List<Bulletin> bulletins) {
        Declared best = null;
        for (Bulletin b : bulletins) {
            for (Figure f : b.figures()) {
                String figureRound = f.scope().round() != null ? f.scope().round() : b.round();
                if (f.key() != key || f.scope().isPart() || !round.equals(figureRound)) {
                    continue;
                }
                Declared d = new Declared(f, b);
                // Strictly greater only: of equals, the first met (earlier slug order is settled by LATER) stays.
                if (best == null || LATER.compare(d, best) > 0) {
                    best = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
