package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;
import org.disclose.diag.SourcePos;

/**
 * A figure that does not agree with the figures it relates to: reported at that figure, naming the others, e.g.
 * {@code 办结率 97.65% does not agree with 已办结 4593件 ÷ 交办 4704件 = 97.64% (half-up to 2 decimals)}.
 *
 * @param figure        the figure reported as wrong: the total, the rate, the running total, the subset
 * @param disagreesWith the figures it was checked against
 */
public record FigureFinding(Figure figure, String message, List<Figure> disagreesWith) implements Serializable {

    public FigureFinding {
        disagreesWith = List.copyOf(disagreesWith);
    }

    public SourcePos pos() {
        return figure.pos();
    }

    @Override
    public String toString() {
        return pos() + ": " + message;
    }
}
