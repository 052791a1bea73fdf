package org.disclose.render.view;

/**
 * A cell as shown: the value as printed, or, where the source gives none, the theme's words for that ({@code given}
 * false), never an empty cell and never 0.
 */
public record FigureTableCell(String text, boolean given) {
}
