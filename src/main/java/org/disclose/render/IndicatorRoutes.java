package org.disclose.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Indicator;
import org.disclose.model.IndicatorCategory;
import org.disclose.render.chart.ChartLabels;
import org.disclose.render.chart.Charts;
import org.disclose.render.chart.Point;
import org.disclose.render.chart.Series;
import org.disclose.render.view.IndicatorGroup;
import org.disclose.render.view.IndicatorView;
import org.disclose.render.view.ListView;
import org.disclose.render.view.PathLink;

/** /indicators/ (grouped by category) and /indicators/ID/, each indicator with its chart, table and CSV. */
final class IndicatorRoutes {

    private IndicatorRoutes() {
    }

    static void add(List<Route> routes, Content content, Strings t, PathLink home) {
        if (content.indicators().isEmpty()) {
            return;
        }
        IndicatorPhrases phrases = new IndicatorPhrases(t);
        ChartLabels labels = ChartLabels.fromTheme(t::get);
        Map<IndicatorCategory, List<IndicatorView>> byCategory = new EnumMap<>(IndicatorCategory.class);
        List<IndicatorView> views = new ArrayList<>();
        for (Indicator i : content.indicators()) {
            IndicatorView view = view(i, phrases, labels, t);
            views.add(view);
            byCategory.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(view);
        }
        List<IndicatorGroup> groups = byCategory.entrySet().stream()
                .map(e -> new IndicatorGroup(e.getKey().label(), "category-" + e.getKey().name().toLowerCase(
                        java.util.Locale.ROOT), e.getValue()))
                .toList();
        routes.add(new Route(SiteAddresses.INDICATORS, "indicators", t.get("indicators"), null, List.of(home),
                new ListView<>(t.get("indicators"), groups, null, null), SourcePos.file("content/indicators"))
                .asColumn());
        PathLink all = new PathLink(t.get("indicators"), SiteAddresses.INDICATORS);
        for (int k = 0; k < views.size(); k++) {
            Indicator i = content.indicators().get(k);
            routes.add(new Route(SiteAddresses.indicator(i), "indicator", i.name(), views.get(k).change(),
                    List.of(home, all), views.get(k), i.where().origin()));
        }
    }

    private static IndicatorView view(Indicator i, IndicatorPhrases phrases, ChartLabels labels, Strings t) {
        List<IndicatorView.Row> rows = i.series().stream()
                .map(p -> new IndicatorView.Row(p.period(), phrases.value(p, i.unit()))).toList();
        String change = phrases.change(i).orElse(null);
        String description = rows.stream().map(r -> r.period() + t.get("periodValueSeparator") + r.value())
                .collect(Collectors.joining(t.get("listSeparator")))
                + (change == null ? "" : t.get("listSeparator") + change);
        Series series = new Series(i.name(), description, i.unit(),
                i.series().stream().map(p -> new Point(p.period(), p.value())).toList(),
                i.target() == null ? null : i.target().value());
        Indicator.Point latest = i.latest().orElseThrow();
        return new IndicatorView(i.id(), i.name(), SiteAddresses.indicator(i), i.category().label(), i.unit(),
                phrases.value(latest, i.unit()), latest.period(), change, phrases.assessment(i).orElse(null),
                phrases.rank(i).orElse(null), phrases.attainment(i).orElse(null),
                i.target() == null ? null : i.target().value().toPlainString() + (i.unit() == null ? "" : i.unit()),
                i.target() == null ? null : i.target().label(), i.source(), i.note(),
                Charts.render(series, "chart-" + i.id(), labels), rows, SiteAddresses.indicatorCsv(i));
    }
}
