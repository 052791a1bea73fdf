package org.disclose.render.view;

/** One {@code <meta name content>} tag of the page tags government websites carry (国办发〔2017〕47号). */
public record PageTag(String name, String content) {
}
