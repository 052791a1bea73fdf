package org.disclose.render.view;

import java.util.List;

/**
 * A round's latest declared complaint figures, as the complaints overview and the round dashboard show them: for each
 * standard figure the latest statement of the widest scope, with the bulletin it comes from.
 *
 * @param roundId   the round's id, for the section's anchor
 * @param roundName the round's name
 */
public record LatestFiguresView(String roundId, String roundName, List<Line> figures) {

    public LatestFiguresView {
        figures = List.copyOf(figures);
    }

    /**
     * One figure: the source's words, the value with its hedge and unit as printed, its scope in the theme's words
     * ({@code 第1至13批}), the as-of date at its precision, and the bulletin page it comes from.
     */
    public record Line(String label, String value, String scope, String asOf, String asOfIso, String bulletinTitle,
                       String bulletinPath) {
    }
}
