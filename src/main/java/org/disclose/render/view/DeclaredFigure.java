package org.disclose.render.view;

/**
 * One declared figure as a page shows it: the source's words, the value with its hedge and unit as printed
 * ({@code 超过28人}, {@code 83.57%}, {@code 312.45万元}), what it counts over, and the date it stands at.
 *
 * @param scope the batches and region it covers, in the theme's words ({@code 第1至12批})
 * @param asOf  the date at its precision ({@code 2023年4月}), or null where the source gives none
 */
public record DeclaredFigure(String label, String value, String scope, String asOf, String asOfIso) {
}
