package org.disclose.render.view;

import java.util.List;

/** A row of a {@link FigureTableView}: its name and its cells in column order. */
public record FigureTableRow(String name, List<FigureTableCell> cells) {
}
