package org.disclose.model.figure;

import java.io.Serializable;
/**
 * What a figure is: a {@link StandardFigure} from the vocabulary, whose relations are known, or a {@link CustomFigure}
 * the author names and relates.
 */
public sealed interface FigureKey extends Serializable permits StandardFigure, CustomFigure {

    /** The key as content writes it: {@code complaintsClosed}, or the author's own. */
    String id();

    /** The words for it where the source gives none, as when naming a part a source leaves out. */
    String label();
}
