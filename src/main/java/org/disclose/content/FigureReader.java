package org.disclose.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.figure.CustomFigure;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureKey;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureSource;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.FigureUnit;
import org.disclose.model.figure.FigureValue;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.PartsRule;
import org.disclose.model.figure.Qualifier;
import org.disclose.model.figure.Rounding;
import org.disclose.model.figure.StandardFigure;
import org.disclose.text.Fields;
import org.disclose.text.Slugs;
import org.disclose.text.Suggest;

/**
 * The {@code figures:} list of any mapping (a bulletin's front matter, later a round report or a case): each item a
 * declared {@link Figure}, e.g. {@code {key: complaintsClosed, value: 4593, label: 已办结, asOf: 2023-04,
 * scope: {batches: 1-13, region: 长春市}}}. A key from the vocabulary ({@link StandardFigure}) brings its relations,
 * label and unit; any other key is a custom figure, named by a slug, with the unit the source gives (none for a bare
 * number), and whose relations
 * are declared ({@code parts: [by-phone, by-letter]} on the total). A figure that cannot be read is left out after a
 * located error, so that no value is ever shown that the source did not give.
 */
public final class FigureReader {

    /**
     * What a figure takes from where it is declared when it does not say.
     *
     * @param asOf the date its source stands at (a bulletin's publication day): a figure's own as-of date may be
     *             earlier, never surely later ({@link PartialDate#surelyAfter}), so that 2023-11 in a bulletin of
     *             2023-11-25 stands
     */
    public record Defaults(String release, FigureScope scope, PartialDate asOf) {
    }

    /**
     * The figures read, the relations their items declare, and the tables read beside them: every cell of a table is
     * among the figures, and its relations among the rules.
     */
    public record Declared(List<Figure> figures, List<FigureRule> rules, List<FigureTable> tables) {
        public static final Declared NONE = new Declared(List.of(), List.of(), List.of());

        /** Figures without tables. */
        public Declared(List<Figure> figures, List<FigureRule> rules) {
            this(figures, rules, List.of());
        }
    }

    private static final List<String> UNIT_WORDS = List.of("件", "个", "项", "人", "人次", "家", "元", "万元", "亿元", "%");
    private static final List<String> ROUNDINGS = List.of("half-up", "truncate");

    private FigureReader() {
    }

    /** The figures and tables of {@code f}; every relation of its list must name a figure the list declares. */
    public static Declared read(Fields f, Defaults defaults) {
        FigureRelationReader.namesDeclared(f, f.diagnostics());
        List<Figure> figures = new ArrayList<>();
        List<FigureRule> rules = new ArrayList<>();
        for (Fields item : f.list("figures", "a figure")) {
            item(item, defaults, rules).ifPresent(figures::add);
            item.reportUnknown();
        }
        RelationDates.check(figures, rules, f.diagnostics());
        List<FigureTable> tables = FigureTableReader.read(f, defaults, List.copyOf(figures));
        for (FigureTable t : tables) {
            figures.addAll(t.figures());
            rules.addAll(t.rules());
        }
        return new Declared(List.copyOf(figures), List.copyOf(rules), tables);
    }

    private static Optional<Figure> item(Fields i, Defaults defaults, List<FigureRule> rules) {
        return item(i, defaults, rules, null);
    }

    /**
     * One item of a {@code figures:} list, its relations added to {@code rules}.
     *
     * @param keyIfNone the key of an item that gives none, or null where a key is required: a typical case's items
     *                  were {@code {label, value, unit}} before figures had keys, and such an item stays valid as a
     *                  custom figure keyed by its position ({@code figure-1}), which no relation names
     */
    static Optional<Figure> item(Fields i, Defaults defaults, List<FigureRule> rules, String keyIfNone) {
        Diagnostics d = i.diagnostics();
        i.allow(List.of("unit")); // read only once key and value are known
        boolean keyless = keyIfNone != null && !i.has("key");
        String keyText = keyless ? null : i.requireString("key");
        FigureKey key = keyless ? new CustomFigure(keyIfNone)
                : keyText == null ? null : key(keyText.trim(), i.posOf("key"), d);
        String valueText = i.requireString("value");
        Optional<FigureValueText> printed = valueText == null ? Optional.empty() : value(valueText, i);
        FigureUnit unit = key == null || printed.isEmpty() ? null : unit(key, printed.get(), i);
        Qualifier qualifier = qualifier(printed, i);
        String label = keyless ? i.requireString("label") : i.string("label");
        PartialDate asOf = i.has("asOf") ? asOf(i, defaults.asOf()) : defaults.asOf();
        Optional<FigureScope> scope = FigureScopeReader.scope(i, defaults.scope());
        Rounding rounding = i.vocabulary("rounding", false,
                t -> Optional.ofNullable(t.equals("truncate") ? Rounding.TRUNCATED
                        : t.equals("half-up") ? Rounding.HALF_UP : null), ROUNDINGS);
        List<FigureKey> parts = parts(i);
        List<FigureRule> related = FigureRelationReader.read(i, key);
        if (key == null || unit == null || scope.isEmpty() || keyless && label == null
                || i.has("asOf") && asOf == null || i.has("rounding") && rounding == null
                || i.has("qualifier") && qualifier == null || parts == null || related == null) {
            return Optional.empty();
        }
        if (!parts.isEmpty()) {
            rules.add(new PartsRule(key, parts, true));
        }
        rules.addAll(related);
        SourcePos at = i.posOf("value");
        return Optional.of(new Figure(key, label, new FigureValue(printed.get().amount(), qualifier, printed.get().grouped()), unit, asOf,
                scope.get(), new FigureSource(defaults.release(), at), rounding));
    }

    /** A standard key, or a custom one that is a slug: a mistyped standard key is caught, not taken as custom. */
    static FigureKey key(String text, SourcePos at, Diagnostics d) {
        Optional<StandardFigure> standard = StandardFigure.parse(text);
        if (standard.isPresent()) {
            return standard.get();
        }
        if (Slugs.isValid(text)) {
            return new CustomFigure(text);
        }
        List<String> ids = Arrays.stream(StandardFigure.values()).map(StandardFigure::id).toList();
        String hint = Suggest.closest(text, ids).map(k -> "did you mean '" + k + "'? ").orElse("");
        d.error(at, "figure key '" + text + "' is not a standard figure, nor a custom one: " + hint
                + "a custom key must be a slug (" + Slugs.rule() + ")");
        return null;
    }

    private static Optional<FigureValueText> value(String text, Fields i) {
        Optional<FigureValueText> v = FigureValueText.parse(text);
        if (v.isEmpty()) {
            i.diagnostics().error(i.posOf("value"), "'value' of the figure is '" + text + "', which is not a number "
                    + "as printed: write it as 4593, 97.64%, 超过100 or 94%以上, and give the unit in 'unit' when it "
                    + "is not one of " + String.join(", ", UNIT_WORDS));
        }
        return v;
    }

    /** The unit given, or printed with the value, or the standard one; for a standard figure, one that converts. */
    private static FigureUnit unit(FigureKey key, FigureValueText printed, Fields i) {
        String given = i.string("unit");
        if (given != null && printed.unit() != null && !given.trim().equals(printed.unit())) {
            i.diagnostics().error(i.posOf("unit"), "'unit' is '" + given + "', but the value is printed in '"
                    + printed.unit() + "': give the unit once");
            return null;
        }
        String word = given != null ? given.trim() : printed.unit();
        if (key instanceof StandardFigure standard) {
            FigureUnit unit = word == null ? standard.unit() : FigureUnit.of(word);
            if (!unit.convertsTo(standard.unit())) {
                List<String> fit = UNIT_WORDS.stream().map(FigureUnit::of)
                        .filter(u -> u.convertsTo(standard.unit())).map(FigureUnit::word).toList();
                i.diagnostics().error(i.posOf(given != null ? "unit" : "value"), "'" + word + "' is not a unit of "
                        + standard.label() + " (" + standard.id() + "): use " + String.join(" or ", fit));
                return null;
            }
            return unit;
        }
        // a source may print a bare number ("整改完成5"): the figure then has no unit, and compares only with other
        // bare numbers, rather than an office being made to add a unit its report does not give
        return FigureUnit.of(word == null ? "" : word.trim());
    }

    /** The hedge in 'qualifier' or printed with the value; both must agree. */
    private static Qualifier qualifier(Optional<FigureValueText> printed, Fields i) {
        Qualifier given = i.vocabulary("qualifier", false, Qualifier::parse, Qualifier.words());
        Qualifier inValue = printed.map(FigureValueText::qualifier).orElse(null);
        if (given != null && inValue != null && given != inValue) {
            i.diagnostics().error(i.posOf("qualifier"), "'qualifier' is '" + given.word() + "', but the value is "
                    + "printed with '" + inValue.word() + "': give the hedge once");
            return null;
        }
        return given != null ? given : inValue;
    }

    private static PartialDate asOf(Fields i, PartialDate latest) {
        String text = i.string("asOf");
        if (text == null) {
            return null;
        }
        Optional<PartialDate> date = PartialDate.parse(text);
        if (date.isEmpty()) {
            i.diagnostics().error(i.posOf("asOf"), "'asOf' is not a valid date: '" + text + "'; write it as "
                    + PartialDate.FORMAT);
        } else if (latest != null && date.get().surelyAfter(latest)) {
            i.diagnostics().error(i.posOf("asOf"), "'asOf' is " + date.get().iso() + ", after " + latest.iso()
                    + ", the date of what declares it: a source cannot state figures for a later date");
            return null;
        }
        return date.orElse(null);
    }

    /** The keys this figure is the total of ({@code parts:}), or null after an error. */
    private static List<FigureKey> parts(Fields i) {
        List<FigureKey> parts = new ArrayList<>();
        boolean ok = true;
        for (String p : i.strings("parts")) {
            FigureKey k = key(p.trim(), i.itemsWhere("parts").of(p), i.diagnostics());
            ok &= k != null;
            parts.add(k);
        }
        return ok ? List.copyOf(parts) : null;
    }
}
