package org.disclose.render;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a visitor reads, from the theme's {@code i18n/<language>.yaml}. Java code asks for them by key; a key the
 * theme lacks is remembered and reported once, and shows as the key itself rather than as an invented word.
 */
public final class Strings {

    private final Map<String, String> texts;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    public Strings(Map<String, String> texts) {
        this.texts = texts;
    }

    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            missing.add(key);
            return key;
        }
        return text;
    }

    /** All strings, for templates: {@code {{t.key}}}. */
    public Map<String, String> all() {
        return texts;
    }

    public Set<String> missing() {
        return missing;
    }
}
