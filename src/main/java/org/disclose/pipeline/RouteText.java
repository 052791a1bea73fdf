package org.disclose.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A page's inputs (or the site's settings) written out unambiguously, for a digest: every string with its length, every list with its size,
 * null distinct from the text "null", each record with its type. A record's own {@code toString()} would not do:
 * {@code ["a, b"]} and {@code ["a", "b"]} print the same.
 */
final class RouteText {

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private RouteText() {
    }

    static String of(Object value) {
        StringBuilder s = new StringBuilder(16 * 1024);
        write(value, s);
        return s.toString();
    }

    private static void write(Object value, StringBuilder s) {
        if (value == null) {
            s.append('~');
        } else if (value instanceof CharSequence text) {
            s.append('"').append(text.length()).append(':').append(text);
        } else if (value instanceof Record record) {
            s.append('{').append(record.getClass().getName()).append(' ');
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                write(get(accessor, record), s);
            }
            s.append('}');
        } else if (value instanceof Collection<?> items) {
            s.append('[').append(items.size()).append(':');
            for (Object item : items) {
                write(item, s);
            }
        } else if (value instanceof Map<?, ?> map) {
            s.append('<').append(map.size()).append(':');
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(e.getKey(), s);
                write(e.getValue(), s);
            }
        } else if (value instanceof Optional<?> optional) {
            s.append('?');
            write(optional.orElse(null), s);
        } else if (value instanceof Enum<?> e) {
            s.append('#').append(e.getDeclaringClass().getName()).append('.').append(e.name()).append(';');
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            s.append('=').append(value.getClass().getSimpleName()).append(value).append(';');
        } else {
            // dates, paths and the like: their text is all they hold
            String text = value.toString();
            s.append('(').append(value.getClass().getName()).append(' ').append(text.length()).append(':')
                    .append(text);
        }
    }

    private static Object get(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a page's view", e);
        }
    }
}
