package org.disclose.text;

import org.disclose.text.Suggest;
import org.disclose.text.FieldLimits;
import org.disclose.text.Fields;
import org.disclose.text.YNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ContentDate;
import org.disclose.model.Where;
import org.disclose.model.figure.PartialDate;

/**
 * Typed, located access to the fields of one YAML mapping. Every read records the key as known, so that
 * {@link #reportUnknown()} can flag the rest with the known field each one most resembles.
 */
public final class Fields {

    private final YNode.Mapping map;
    private final Diagnostics diagnostics;
    private final String what;
    private final Set<String> known = new LinkedHashSet<>();
    /** Whether these fields are shown on every page (site.yaml): their limits are stricter, see {@link FieldLimits}. */
    private final boolean everyPage;

    private Fields(YNode.Mapping map, Diagnostics diagnostics, String what, boolean everyPage) {
        this.map = map;
        this.diagnostics = diagnostics;
        this.what = what;
        this.everyPage = everyPage;
    }

    /** The fields of {@code node}, or empty after an error when it is not a mapping. */
    public static Optional<Fields> of(YNode node, Diagnostics diagnostics, String what) {
        return of(node, diagnostics, what, false);
    }

    /**
     * The fields of a file whose texts are shown on every page ({@code site.yaml}), with the stricter limits of
     * {@link FieldLimits}; so are those of every mapping inside it.
     */
    public static Optional<Fields> everyPage(YNode node, Diagnostics diagnostics, String what) {
        return of(node, diagnostics, what, true);
    }

    private static Optional<Fields> of(YNode node, Diagnostics diagnostics, String what, boolean everyPage) {
        if (node instanceof YNode.Mapping m) {
            return Optional.of(new Fields(m, diagnostics, what, everyPage));
        }
        diagnostics.error(node.pos(), what + " must be a mapping of fields (key: value), not " + node.kind());
        return Optional.empty();
    }

    public SourcePos pos() {
        return map.pos();
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Where the value of {@code key} was written, or where the mapping starts when it is absent. */
    public SourcePos posOf(String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.value().pos();
    }

    /** The positions of this mapping and of each of its values, for checks that run on the finished record. */
    public Where where() {
        Map<String, SourcePos> positions = new HashMap<>();
        for (Map.Entry<String, YNode.Entry> e : map.entries().entrySet()) {
            positions.put(e.getKey(), e.getValue().value().pos());
        }
        return new Where(map.pos(), Map.copyOf(positions));
    }

    /**
     * Where each item of the list {@code key} was written, keyed by the item's text (its first occurrence), for checks
     * that point at one item of a list read with {@link #strings}. The origin is the list itself (a single value
     * taken as a list of one is its own origin), and the mapping's position when the field is absent. Items that
     * are not single values are left out: {@link #strings} reports them.
     */
    public Where itemsWhere(String key) {
        YNode.Entry e = map.entries().get(key);
        if (e == null) {
            return Where.at(map.pos());
        }
        Map<String, SourcePos> positions = new HashMap<>();
        if (e.value() instanceof YNode.Sequence seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Scalar s && !s.isNull()) {
                    positions.putIfAbsent(s.text(), s.pos());
                }
            }
        }
        return new Where(e.value().pos(), Map.copyOf(positions));
    }

    public boolean has(String key) {
        known.add(key);
        YNode.Entry e = map.entries().get(key);
        return e != null && !(e.value() instanceof YNode.Scalar s && s.isNull());
    }

    public Optional<YNode> node(String key) {
        known.add(key);
        YNode.Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof YNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    /** A text field; absent gives null. */
    public String string(String key) {
        return node(key).map(n -> scalarText(key, n)).orElse(null);
    }

    public String requireString(String key) {
        Optional<YNode> n = node(key);
        if (n.isEmpty()) {
            missing(key);
            return null;
        }
        String text = scalarText(key, n.get());
        if (text != null && text.isBlank()) {
            diagnostics.error(n.get().pos(), "'" + key + "' of " + what + " is empty: give it a value");
            return null;
        }
        return text;
    }

    public void missing(String key) {
        diagnostics.error(map.pos(), what + " is missing the required field '" + key + "'");
    }

    private String scalarText(String key, YNode n) {
        if (n instanceof YNode.Scalar s) {
            return fits(key, s) ? s.text() : null;
        }
        diagnostics.error(n.pos(), "'" + key + "' of " + what + " must be a single value, not " + n.kind());
        return null;
    }

    /** Whether a text is within its field's limit ({@link FieldLimits}); reports it when not. */
    private boolean fits(String key, YNode.Scalar s) {
        int limit = FieldLimits.text(key, everyPage);
        if (s.text().length() <= limit) {
            return true;
        }
        int length = FieldLimits.length(s.text());
        if (length <= limit) {
            return true;
        }
        diagnostics.error(s.pos(), String.format(Locale.ROOT, "'%s' of %s has %,d characters, more than the %,d it "
                + "may have%s: shorten it", key, what, length, limit, everyPage ? ", since it is shown on every page"
                : ""));
        return false;
    }

    /** Whether a list is within its field's limit of items ({@link FieldLimits}); reports it when not. */
    private boolean fits(String key, YNode.Sequence seq) {
        int limit = FieldLimits.items(key, everyPage);
        if (seq.items().size() <= limit) {
            return true;
        }
        diagnostics.error(seq.pos(), String.format(Locale.ROOT, "'%s' of %s has %,d items, more than the %,d it may "
                + "have%s: shorten the list", key, what, seq.items().size(), limit,
                everyPage ? ", since it is shown on every page" : ""));
        return false;
    }

    public ContentDate date(String key, boolean required) {
        String text = required ? requireString(key) : string(key);
        if (text == null) {
            return null;
        }
        Optional<ContentDate> d = ContentDate.parse(text);
        if (d.isEmpty()) {
            diagnostics.error(posOf(key), "'" + key + "' is not a valid date: '" + text + "'; write it as "
                    + ContentDate.FORMAT);
            return null;
        }
        return d.get();
    }

    /** A date at the precision the source gives: a day, a month (2023-04) or a year (2023); no time of day. */
    public PartialDate partialDate(String key, boolean required) {
        String text = required ? requireString(key) : string(key);
        if (text == null) {
            return null;
        }
        Optional<PartialDate> d = PartialDate.parse(text);
        if (d.isEmpty()) {
            diagnostics.error(posOf(key), "'" + key + "' is not a valid date: '" + text + "'; write it as "
                    + PartialDate.FORMAT);
            return null;
        }
        return d.get();
    }

    public boolean bool(String key, boolean fallback) {
        String text = string(key);
        if (text == null) {
            return fallback;
        }
        switch (text) {
            case "true": case "yes": case "True": case "TRUE":
                return true;
            case "false": case "no": case "False": case "FALSE":
                return false;
            default:
                diagnostics.error(posOf(key), "'" + key + "' must be true or false, not '" + text + "'");
                return fallback;
        }
    }

    /** A whole number; null when absent or invalid (invalid is reported). */
    public Long integer(String key) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            diagnostics.error(posOf(key), "'" + key + "' must be a whole number, not '" + text + "'");
            return null;
        }
    }

    /** A decimal number exactly as written (its scale is the declared precision). */
    public BigDecimal decimal(String key) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim().replace(",", ""));
            if (Math.abs(value.scale()) > 30 || value.precision() > 40) {
                diagnostics.error(posOf(key), "'" + key + "' is out of range: '" + text + "'; write the figure "
                        + "as a plain number");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            diagnostics.error(posOf(key), "'" + key + "' must be a number, not '" + text + "'");
            return null;
        }
    }

    /**
     * A value from a closed vocabulary: an unknown value is an error that lists the allowed ones and the one it most
     * resembles. Returns null when absent or unknown.
     */
    public <E> E vocabulary(String key, boolean required, Function<String, Optional<E>> parse,
                            List<String> allowed) {
        String text = required ? requireString(key) : string(key);
        if (text == null) {
            return null;
        }
        Optional<E> value = parse.apply(text.trim());
        if (value.isEmpty()) {
            String hint = Suggest.didYouMean(text.trim(), allowed);
            diagnostics.error(posOf(key), "'" + key + "' of " + what + " is '" + text + "', which is not allowed"
                    + hint + "; use one of: " + String.join(", ", allowed));
            return null;
        }
        return value.get();
    }

    /** A list of texts; a single value is taken as a list of one. */
    public List<String> strings(String key) {
        Optional<YNode> n = node(key);
        List<String> out = new ArrayList<>();
        if (n.isEmpty()) {
            return out;
        }
        if (n.get() instanceof YNode.Scalar s) {
            if (fits(key, s)) {
                out.add(s.text());
            }
            return out;
        }
        if (n.get() instanceof YNode.Sequence seq) {
            if (!fits(key, seq)) {
                return out;
            }
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Scalar s && !s.isNull()) {
                    if (fits(key, s)) {
                        out.add(s.text());
                    }
                } else {
                    diagnostics.error(item.pos(), "each item of '" + key + "' must be a single value, not "
                            + item.kind());
                }
            }
            return out;
        }
        diagnostics.error(n.get().pos(), "'" + key + "' of " + what + " must be a list, not " + n.get().kind());
        return out;
    }

    /** A list of mappings, each as its own {@code Fields}. */
    public List<Fields> list(String key, String itemWhat) {
        Optional<YNode> n = node(key);
        List<Fields> out = new ArrayList<>();
        if (n.isEmpty()) {
            return out;
        }
        if (!(n.get() instanceof YNode.Sequence seq)) {
            diagnostics.error(n.get().pos(), "'" + key + "' of " + what + " must be a list, not " + n.get().kind());
            return out;
        }
        if (!fits(key, seq)) {
            return out;
        }
        for (YNode item : seq.items()) {
            of(item, diagnostics, itemWhat, everyPage).ifPresent(out::add);
        }
        return out;
    }

    /** A nested mapping, or empty. */
    public Optional<Fields> mapping(String key, String itemWhat) {
        return node(key).flatMap(n -> of(n, diagnostics, itemWhat, everyPage));
    }

    /** Marks keys as known without reading them (fields read elsewhere). */
    public void allow(Collection<String> keys) {
        known.addAll(keys);
    }

    /** Warns about every field that was never read, naming the known field it most resembles. */
    public void reportUnknown() {
        for (YNode.Entry e : map.entries().values()) {
            String key = e.key().text();
            if (known.contains(key)) {
                continue;
            }
            String hint = Suggest.closest(key, known).map(k -> ": did you mean '" + k + "'?")
                    .orElse("; known fields are: " + String.join(", ", known));
            String shown = key.length() <= FieldLimits.SHORT ? key : key.substring(0, FieldLimits.SHORT) + "…";
            diagnostics.warning(e.key().pos(), "unknown field '" + shown + "' in " + what + hint);
        }
    }
}
