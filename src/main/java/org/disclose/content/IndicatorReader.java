package org.disclose.content;

import org.disclose.text.Slugs;
import org.disclose.text.Fields;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Indicator;
import org.disclose.model.IndicatorCategory;
import org.disclose.model.figure.Qualifier;

/** {@code content/indicators/*.yaml}: each file a list of indicators. */
public final class IndicatorReader {

    private static final String WHAT = "the indicator";

    private IndicatorReader() {
    }

    public static List<Indicator> read(ContentFiles files, Path file, Diagnostics diagnostics) {
        List<Indicator> out = new ArrayList<>();
        for (Fields f : DataFile.records(files, file, WHAT, diagnostics)) {
            toIndicator(f).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Indicator> toIndicator(Fields f) {
        Diagnostics diagnostics = f.diagnostics();
        String id = f.requireString("id");
        if (id != null && !Slugs.isValid(id)) {
            diagnostics.error(f.posOf("id"), "indicator id '" + id + "' is used in its address: " + Slugs.why(id));
            id = null;
        }
        String name = f.requireString("name");
        IndicatorCategory category = f.vocabulary("category", true, IndicatorCategory::parse,
                IndicatorCategory.labels());
        String unit = f.string("unit");
        Indicator.Direction direction = f.vocabulary("direction", true, Indicator.Direction::parse,
                List.of("higher", "lower"));
        Indicator.Target target = f.mapping("target", "the target").map(t -> {
            BigDecimal value = t.decimal("value");
            if (value == null && !t.has("value")) {
                t.missing("value");
            }
            Long year = t.integer("year");
            Indicator.Target result = new Indicator.Target(value, year == null ? null : year.intValue(),
                    t.string("label"));
            t.reportUnknown();
            return result;
        }).filter(t -> t.value() != null).orElse(null);
        Indicator.Rank rank = f.mapping("nationalRank", "the national rank").map(r -> {
            Long position = r.integer("position");
            Long change = r.integer("change");
            r.reportUnknown();
            return new Indicator.Rank(position == null ? null : position.intValue(),
                    change == null ? null : change.intValue());
        }).orElse(null);
        List<Indicator.Point> series = new ArrayList<>();
        for (Fields p : f.list("series", "a value of the series")) {
            String period = p.requireString("period");
            BigDecimal value = p.decimal("value");
            if (value == null && !p.has("value")) {
                p.missing("value");
            }
            Qualifier qualifier = p.vocabulary("qualifier", false, Qualifier::parse, Qualifier.words());
            p.reportUnknown();
            if (period != null && value != null) {
                series.add(new Indicator.Point(period, value, qualifier, p.where()));
            }
        }
        if (series.isEmpty() && !f.has("series")) {
            f.missing("series");
        } else if (series.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(f.posOf("series"), "the series of indicator '" + id + "' has no values: give at least "
                    + "one period and value");
        }
        Indicator indicator = new Indicator(id, name, category, unit, direction, target, rank, f.string("source"),
                List.copyOf(series), f.string("note"), f.where());
        f.reportUnknown();
        boolean complete = id != null && name != null && category != null && direction != null && !series.isEmpty();
        return complete ? Optional.of(indicator) : Optional.empty();
    }
}
