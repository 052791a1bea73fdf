package org.disclose.scaffold;

import java.util.regex.Pattern;

/** Writes an author's words (a title) as one YAML value that reads back exactly as given. */
final class YamlText {

    /** Starts a YAML value could misread: indicators, quotes and the like. */
    private static final String SPECIAL_START = "-?:,[]{}#&*!|>'\"%@`";
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\uFEFF]");

    private YamlText() {
    }

    /** The value as written after {@code key: }: plain when that is safe, otherwise double-quoted. */
    static String of(String text) {
        boolean plain = !text.isEmpty() && text.strip().equals(text) && SPECIAL_START.indexOf(text.charAt(0)) < 0
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":") && !text.contains("\"")
                && !text.contains("\\") && !text.contains("\t") && !text.equals("~")
                && !text.equalsIgnoreCase("null"); // YAML reads these as no value at all
        if (plain) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    /** Whether a title can be written at all: one line, no control characters. */
    static boolean writable(String text) {
        return !CONTROL.matcher(text.replace("\t", " ")).find();
    }
}
