package org.disclose.model.figure;

import java.io.Serializable;
/**
 * A column of a table: the figure each of its cells is, in the source's words and unit (来电, 件).
 */
public record TableColumn(FigureKey key, String label, FigureUnit unit) implements Serializable {
}
