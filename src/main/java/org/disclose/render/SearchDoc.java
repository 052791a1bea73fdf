package org.disclose.render;

import java.util.function.Supplier;

/** One searchable page: what it is called, where it is, its date and kind, and its text (made when indexed). */
public record SearchDoc(String title, String path, String date, String kind, Supplier<String> text) {
}
