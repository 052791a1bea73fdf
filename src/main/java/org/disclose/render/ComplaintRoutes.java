package org.disclose.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.disclose.diag.SourcePos;
import org.disclose.model.ClosureRate;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.ComplaintRecords;
import org.disclose.model.Content;
import org.disclose.model.PollutionType;
import org.disclose.model.Resolution;
import org.disclose.model.Verdict;
import org.disclose.render.chart.ChartLabels;
import org.disclose.render.chart.Charts;
import org.disclose.render.chart.Point;
import org.disclose.render.chart.Series;
import org.disclose.render.view.Breakdown;
import org.disclose.render.view.ComplaintListView;
import org.disclose.render.view.ComplaintRow;
import org.disclose.render.view.ComplaintSummaryView;
import org.disclose.render.view.ComplaintView;
import org.disclose.render.view.LatestFiguresView;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.StatusView;

/**
 * /complaints/ (totals and breakdowns), a table per batch and per region paginated at 50 rows, and a page per case at
 * /complaints/受理编号/. Everything is computed from the case records.
 */
final class ComplaintRoutes {

    static final int ROWS_PER_PAGE = 50;

    private ComplaintRoutes() {
    }

    static void add(List<Route> routes, Content content, Strings t, PathLink home) {
        List<LatestFiguresView> latest = latestFigures(content, t);
        if (content.complaints().isEmpty()) {
            // No rows, but declared figures: the overview shows them alone (issue 16).
            if (!latest.isEmpty()) {
                routes.add(new Route(SiteAddresses.COMPLAINTS, "complaints", t.get("complaints"), null,
                        List.of(home), declaredOnly(latest, t), SourcePos.file("content/bulletins")).asColumn());
            }
            return;
        }
        PathLink all = new PathLink(t.get("complaints"), SiteAddresses.COMPLAINTS);
        Map<Integer, String> batchLabels = new LinkedHashMap<>();
        List<ComplaintRow> allRows = new ArrayList<>();
        Map<String, List<ComplaintRow>> byRegion = new TreeMap<>();
        SourcePos source = SourcePos.file("content/complaints");
        for (ComplaintBatch b : content.complaints()) {
            String label = t.get("batchPrefix") + b.number() + t.get("batchSuffix");
            batchLabels.put(b.number(), label);
            List<ComplaintRow> rows = new ArrayList<>(b.cases().size());
            for (Complaint c : b.cases()) {
                String types = types(c, t);
                ComplaintRow row = row(c, b, label, types, t);
                rows.add(row);
                if (!c.regionUnknown()) { // a case whose region is unknown is on no region's page
                    byRegion.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(row);
                }
                routes.add(new Route(SiteAddresses.complaint(c), "complaint", t.get("complaintPrefix") + c.id(),
                        c.summary(), List.of(home, all), view(c, b, label, types, content, t), c.where().origin()));
            }
            allRows.addAll(rows);
            String heading = roundName(content, b.round(), t) + label + t.get("complaintCases");
            String intro = t.get("assignedOn") + b.assigned().display();
            list(routes, SiteAddresses.complaintBatch(b), heading, intro, rows, b.sample(), List.of(home, all), source,
                    BulletinRoutes.covering(content, b));
        }
        byRegion.forEach((region, rows) -> list(routes, SiteAddresses.complaintRegion(region),
                region + t.get("complaintCases"), null, rows, rows.stream().anyMatch(ComplaintRow::sample),
                List.of(home, all), source, List.of()));
        routes.add(new Route(SiteAddresses.COMPLAINTS, "complaints", t.get("complaints"), null, List.of(home),
                summary(content, t, latest), source).asColumn());
    }

    private static void list(List<Route> routes, String base, String heading, String intro, List<ComplaintRow> rows,
                             boolean samples, List<PathLink> trail, SourcePos source, List<PathLink> bulletins) {
        for (Paginate.Slice<ComplaintRow> slice : Paginate.of(rows, ROWS_PER_PAGE, base)) {
            routes.add(new Route(slice.path(), "complaint-list", heading, intro, trail,
                    new ComplaintListView(heading, intro, slice.items(), slice.pager(), samples, rows.size(),
                            bulletins),
                    source).asColumn());
        }
    }

    private static ComplaintRow row(Complaint c, ComplaintBatch b, String batchLabel, String types, Strings t) {
        return new ComplaintRow(c.number(), c.id(), SiteAddresses.complaint(c), c.summary(), region(c, t),
                regionPath(c), types, verdict(c, t), resolution(c.resolution()),
                batchLabel, SiteAddresses.complaintBatch(b), b.sample());
    }

    /** The region, or the theme's word for one not known yet. */
    private static String region(Complaint c, Strings t) {
        return c.regionUnknown() ? t.get("regionUnknown") : c.region();
    }

    private static String regionPath(Complaint c) {
        return c.regionUnknown() ? null : SiteAddresses.complaintRegion(c.region());
    }

    /** 是否属实, or the theme's word for a verdict not known yet (待核实). */
    private static String verdict(Complaint c, Strings t) {
        return c.verdictUnknown() ? t.get("verdictUnknown") : c.verdict().label();
    }

    private static ComplaintView view(Complaint c, ComplaintBatch b, String batchLabel, String types,
                                      Content content, Strings t) {
        return new ComplaintView(c.id(), t.get("complaintPrefix") + c.id(), c.number(), c.summary(), region(c, t),
                regionPath(c), types, c.findings(), verdict(c, t), c.goal(),
                c.handling(), resolution(c.resolution()), c.accountability(), batchLabel,
                SiteAddresses.complaintBatch(b), b.assigned().display(), b.assigned().iso(),
                roundName(content, b.round(), t), SiteAddresses.round(b.round()), b.sample(), c.channel(),
                c.keyCase() == null ? null : t.get(c.keyCase() ? "keyCaseYes" : "keyCaseNo"));
    }

    private static String types(Complaint c, Strings t) {
        if (c.typeUnknown()) {
            return t.get("typeUnknown");
        }
        return c.types().stream().map(PollutionType::label).collect(Collectors.joining(t.get("itemSeparator")));
    }

    private static StatusView resolution(Resolution r) {
        return new StatusView(r.label(), r.key());
    }

    private static String roundName(Content content, String round, Strings t) {
        return RoundNames.of(content, round, t);
    }

    /** The latest declared figures of each round whose bulletins declare any, rounds in content order. */
    private static List<LatestFiguresView> latestFigures(Content content, Strings t) {
        LinkedHashSet<String> rounds = new LinkedHashSet<>();
        content.rounds().forEach(r -> rounds.add(r.id()));
        content.bulletins().forEach(b -> rounds.add(b.round()));
        return rounds.stream().map(r -> RoundRoutes.latestFigures(r, content, t)).filter(v -> v != null).toList();
    }

    /** The overview of a site whose complaints are known only from bulletins: their latest figures. */
    private static ComplaintSummaryView declaredOnly(List<LatestFiguresView> latest, Strings t) {
        return new ComplaintSummaryView(t.get("complaints"), 0, 0, 0, 0, "0", 0, null, null, null, null, List.of(),
                false, null, SiteAddresses.BULLETINS, false, false, latest, null);
    }

    private static ComplaintSummaryView summary(Content content, Strings t, List<LatestFiguresView> latest) {
        List<ComplaintBatch> batches = content.complaints();
        List<Complaint> all = batches.stream().flatMap(b -> b.cases().stream()).toList();
        Map<Resolution, Long> byResolution = new EnumMap<>(Resolution.class);
        all.forEach(c -> byResolution.merge(c.resolution(), 1L, Long::sum));
        long total = all.size();
        long closed = all.stream().filter(Complaint::closed).count();
        ChartLabels labels = ChartLabels.fromTheme(t::get);
        String unit = t.get("casesUnit");

        List<Breakdown> breakdowns = new ArrayList<>();
        List<Breakdown.Line> batchLines = new ArrayList<>();
        for (ComplaintBatch b : batches) {
            batchLines.add(line(t.get("batchPrefix") + b.number() + t.get("batchSuffix"),
                    SiteAddresses.complaintBatch(b), b.cases()));
        }
        breakdowns.add(breakdown("by-batch", t.get("byBatch"), t.get("batch"), batchLines, true, unit, labels, t));

        Map<String, List<Complaint>> regions = all.stream().filter(c -> !c.regionUnknown())
                .collect(Collectors.groupingBy(Complaint::region, TreeMap::new, Collectors.toList()));
        List<Breakdown.Line> regionLines = new ArrayList<>(regions.entrySet().stream()
                .map(e -> line(e.getKey(), SiteAddresses.complaintRegion(e.getKey()), e.getValue()))
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .toList());
        unknownLine(all, Complaint::regionUnknown, t.get("regionUnknown")).ifPresent(regionLines::add);
        breakdowns.add(breakdown("by-region", t.get("byRegion"), t.get("region"), regionLines, true, unit, labels, t));

        Map<PollutionType, List<Complaint>> types = new EnumMap<>(PollutionType.class);
        all.forEach(c -> c.types().forEach(type -> types.computeIfAbsent(type, k -> new ArrayList<>()).add(c)));
        List<Breakdown.Line> typeLines = new ArrayList<>(types.entrySet().stream()
                .map(e -> line(e.getKey().label(), null, e.getValue())).toList());
        unknownLine(all, Complaint::typeUnknown, t.get("typeUnknown")).ifPresent(typeLines::add);
        breakdowns.add(breakdown("by-type", t.get("byType"), t.get("complaintType"), typeLines, true, unit, labels, t));

        Map<Verdict, List<Complaint>> verdicts = new EnumMap<>(Verdict.class);
        all.stream().filter(c -> !c.verdictUnknown())
                .forEach(c -> verdicts.computeIfAbsent(c.verdict(), k -> new ArrayList<>()).add(c));
        List<Breakdown.Line> verdictLines = new ArrayList<>(verdicts.entrySet().stream()
                .map(e -> line(e.getKey().label(), null, e.getValue())).toList());
        unknownLine(all, Complaint::verdictUnknown, t.get("verdictUnknown")).ifPresent(verdictLines::add);
        breakdowns.add(breakdown("by-verdict", t.get("byVerdict"), t.get("verdict"), verdictLines, false, unit,
                labels, t));

        if (all.stream().anyMatch(c -> c.channel() != null)) { // 受理方式, where the tables say it
            Map<String, List<Complaint>> channels = all.stream().filter(c -> c.channel() != null)
                    .collect(Collectors.groupingBy(Complaint::channel, TreeMap::new, Collectors.toList()));
            List<Breakdown.Line> channelLines = new ArrayList<>(channels.entrySet().stream()
                    .map(e -> line(e.getKey(), null, e.getValue()))
                    .sorted((a, b) -> Long.compare(b.count(), a.count())).toList());
            unknownLine(all, c -> c.channel() == null, t.get("channelUnknown")).ifPresent(channelLines::add);
            breakdowns.add(breakdown("by-channel", t.get("byChannel"), t.get("channel"), channelLines, true, unit,
                    labels, t));
        }
        String keyCases = all.stream().anyMatch(c -> c.keyCase() != null)
                ? String.valueOf(all.stream().filter(c -> Boolean.TRUE.equals(c.keyCase())).count()) : null;

        var first = batches.stream().map(ComplaintBatch::assigned).min(Comparable::compareTo).orElseThrow();
        var last = batches.stream().map(ComplaintBatch::assigned).max(Comparable::compareTo).orElseThrow();
        return new ComplaintSummaryView(t.get("complaints"), total, closed,
                byResolution.getOrDefault(Resolution.PHASED, 0L), byResolution.getOrDefault(Resolution.OPEN, 0L),
                rate(closed, total), batches.size(), first.display(), first.iso(), last.display(), last.iso(),
                List.copyOf(breakdowns), batches.stream().anyMatch(ComplaintBatch::sample),
                SiteAddresses.tableCsv(SiteAddresses.COMPLAINT_TABLE),
                content.bulletins().isEmpty() ? null : SiteAddresses.BULLETINS, true,
                ComplaintRecords.anyCompared(content), latest, keyCases);
    }

    /** The line of the cases whose value a breakdown counts by is not known yet, last; none when there are none. */
    private static Optional<Breakdown.Line> unknownLine(List<Complaint> all,
            Predicate<Complaint> unknown, String label) {
        List<Complaint> cases = all.stream().filter(unknown).toList();
        return cases.isEmpty() ? Optional.empty() : Optional.of(line(label, null, cases));
    }

    private static Breakdown.Line line(String label, String path, List<Complaint> cases) {
        long closed = cases.stream().filter(Complaint::closed).count();
        return new Breakdown.Line(label, path, cases.size(), closed, rate(closed, cases.size()));
    }

    private static Breakdown breakdown(String id, String heading, String column, List<Breakdown.Line> lines,
                                       boolean showClosure, String unit, ChartLabels labels, Strings t) {
        String description = lines.stream().map(l -> l.label() + t.get("labelValueSeparator") + l.count())
                .collect(Collectors.joining(t.get("listComma")));
        Series series = Series.of(heading, description, unit,
                lines.stream().map(l -> new Point(l.label(), BigDecimal.valueOf(l.count()))).toList());
        return new Breakdown(id, heading, column, lines, Charts.render(series, "chart-" + id, labels), showClosure);
    }

    /** The closure rate as releases print it; 0 for no cases. */
    static String rate(long closed, long total) {
        return new ClosureRate(closed, total).printed().map(BigDecimal::toPlainString).orElse("0");
    }
}
