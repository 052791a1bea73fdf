package org.disclose.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.disclose.model.Accountability;
import org.disclose.model.Bulletin;
import org.disclose.model.CaseStatus;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.ComplaintHeaders;
import org.disclose.model.Content;
import org.disclose.model.Indicator;
import org.disclose.model.IndicatorCategory;
import org.disclose.model.Photo;
import org.disclose.model.PollutionType;
import org.disclose.model.Release;
import org.disclose.model.Round;
import org.disclose.model.RoundReport;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.DatePrecision;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.Qualifier;
import org.disclose.model.Resolution;
import org.disclose.model.TypicalCase;
import org.disclose.model.Verdict;
import org.disclose.publish.DataTable.Column;
import org.disclose.render.FigureScopeWords;
import org.disclose.render.PublishedPhotos;
import org.disclose.render.RoundNames;
import org.disclose.render.SiteAddresses;
import org.disclose.render.Strings;
import org.disclose.render.view.DataPageView;

/**
 * Machine-readable copies of what the pages show, under {@code data/}: every table as CSV (UTF-8 with BOM, so
 * Excel opens it) and JSON, described by a Frictionless {@code datapackage.json}. Withdrawn items stay out, as
 * they stay out of the lists.
 */
public final class OpenData {

    private OpenData() {
    }

    /** The page that lists the tables, for readers who look before they download; null when there are none. */
    public static DataPageView page(List<DataTable> tables, Strings t) {
        if (tables.isEmpty()) {
            return null;
        }
        String items = t.get("itemSeparator");
        return new DataPageView(t.get("openData"), tables.stream().map(table -> new DataPageView.Table(
                table.title(), table.csvPath(), table.jsonPath(), table.rows().size(),
                table.columns().stream().map(c -> new DataPageView.Field(c.header(), c.key(), c.type(),
                        String.join(items, c.values()))).toList())).toList(), SiteAddresses.DATA_PACKAGE);
    }

    /** The tables the content has, in a fixed order; {@code photos} are those the site publishes. */
    public static List<DataTable> tables(Content content, java.util.Collection<PublishedPhotos.Owned> photos,
                                         Strings t) {
        List<DataTable> tables = new ArrayList<>();
        if (!content.tasks().isEmpty()) {
            tables.add(TaskTable.of(content, t));
        }
        if (!content.cases().isEmpty()) {
            tables.add(cases(content, t));
        }
        if (!content.accountability().isEmpty()) {
            tables.add(accountability(content, t));
        }
        if (!content.indicators().isEmpty()) {
            tables.add(indicators(content.indicators(), SiteAddresses.INDICATOR_TABLE, t));
        }
        if (!content.complaints().isEmpty()) {
            tables.add(complaints(content, t));
        }
        List<PublishedPhotos.Owned> listed = photos.stream().filter(PublishedPhotos.Owned::listed).toList();
        if (!listed.isEmpty()) {
            tables.add(images(listed, t));
        }
        List<Declaring> declaring = declaring(content, t);
        if (declaring.stream().anyMatch(d -> !d.figures().isEmpty())) {
            tables.add(figures(declaring, t));
        }
        return tables;
    }

    /** Every data file: site path → bytes. */
    public static Map<String, byte[]> files(Content content, List<DataTable> tables, Strings t) {
        Map<String, byte[]> files = new TreeMap<>();
        for (DataTable table : tables) {
            files.put(table.csvPath(), table.csv());
            files.put(table.jsonPath(), table.json());
        }
        for (Indicator i : content.indicators()) {
            files.put(SiteAddresses.indicatorCsv(i), indicators(List.of(i), i.id(), t).csv());
        }
        if (!tables.isEmpty()) {
            files.put(SiteAddresses.DATA_PACKAGE, datapackage(tables, t));
        }
        return files;
    }

    private static byte[] datapackage(List<DataTable> tables, Strings t) {
        String resources = tables.stream().map(DataTable::resource).collect(Collectors.joining(",\n    "));
        return ("{\n  \"profile\": \"tabular-data-package\",\n  \"name\": \"disclose-open-data\",\n  \"title\": "
                + Json.string(t.get("openData")) + ",\n  \"resources\": [\n    " + resources + "\n  ]\n}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static DataTable cases(Content content, Strings t) {
        List<List<String>> rows = new ArrayList<>();
        for (TypicalCase c : content.cases()) {
            if (!c.withdrawn()) {
                rows.add(Arrays.asList(c.slug(), c.title(), c.round(), c.region(), c.status().label(), c.summary(),
                        c.declaredFigures().stream().map(f -> f.label() + t.get("labelValueSeparator")
                                + f.value().display(f.unit()))
                                .collect(Collectors.joining(t.get("clauseSeparator"))),
                        String.join(t.get("itemSeparator"), c.tasks())));
            }
        }
        return new DataTable(SiteAddresses.CASE_TABLE, t.get("cases"), List.of(Column.text("slug", t.get("caseId")),
                Column.text("title", t.get("caseTitle")), Column.text("round", t.get("round")),
                Column.text("region", t.get("region")),
                Column.vocabulary("status", t.get("caseStatus"), CaseStatus.labels()),
                Column.text("summary", t.get("summaryLabel")), Column.text("figures", t.get("keyFigures")),
                Column.text("tasks", t.get("relatedTasks"))), "slug", rows);
    }

    /** Every published photo with its text alternative, so that what a page shows can be read without it. */
    private static DataTable images(List<PublishedPhotos.Owned> photos, Strings t) {
        List<List<String>> rows = new ArrayList<>();
        for (PublishedPhotos.Owned o : photos) {
            Photo p = o.photo();
            rows.add(Arrays.asList(o.path(), o.page(), o.title(), t.get(o.role().stringKey), p.alt(), p.caption(),
                    p.date() == null ? null : p.date().iso(), String.valueOf(p.facts().shownWidth()),
                    String.valueOf(p.facts().shownHeight())));
        }
        List<String> roles = Arrays.stream(PublishedPhotos.Role.values()).map(r -> t.get(r.stringKey)).toList();
        return new DataTable(SiteAddresses.IMAGE_TABLE, t.get("imageTable"), List.of(
                Column.text("image", t.get("imageAddress")), Column.text("page", t.get("imagePage")),
                Column.text("pageTitle", t.get("imagePageTitle")),
                Column.vocabulary("role", t.get("imageRole"), roles), Column.text("alt", t.get("imageAlt")),
                Column.text("caption", t.get("imageCaption")), Column.text("takenOn", t.get("imageTakenOn")),
                Column.of("width", t.get("imageWidth"), "integer"),
                Column.of("height", t.get("imageHeight"), "integer")), "image", rows);
    }

    private static DataTable accountability(Content content, Strings t) {
        // a region column only where some record is a region's: one round then has several rows, and no key column
        boolean regions = content.accountability().stream().anyMatch(a -> a.region() != null);
        List<List<String>> rows = new ArrayList<>();
        for (Accountability a : content.accountability()) {
            List<String> row = new ArrayList<>(Arrays.asList(a.round()));
            if (regions) {
                row.add(a.region());
            }
            row.addAll(Arrays.asList(a.asOfDate().iso(), str(a.problemsTransferred()), str(a.total())));
            for (String rank : Accountability.RANKS) {
                row.add(a.byRank().stream().filter(r -> r.rank().equals(rank)).findFirst()
                        .map(r -> String.valueOf(r.count())).orElse(null));
            }
            row.addAll(Arrays.asList(str(a.meetings()), str(a.siteInspections()), str(a.interviews()),
                    str(a.evidence())));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("round", t.get("round"))));
        if (regions) {
            columns.add(Column.text("region", t.get("region")));
        }
        columns.addAll(List.of(Column.of("asOf", t.get("asOfDate"), dateType(content.accountability().stream()
                        .map(Accountability::asOfDate).toList())),
                Column.of("problemsTransferred", t.get("problemsTransferred"), "integer"),
                Column.of("total", t.get("peopleHeld"), "integer")));
        columns.add(Column.of("departmentLevel", Accountability.RANKS.get(0), "integer"));
        columns.add(Column.of("countyLevel", Accountability.RANKS.get(1), "integer"));
        columns.add(Column.of("townshipLevel", Accountability.RANKS.get(2), "integer"));
        columns.addAll(List.of(Column.of("meetings", t.get("meetings"), "integer"),
                Column.of("siteInspections", t.get("siteInspections"), "integer"),
                Column.of("interviews", t.get("interviews"), "integer"),
                Column.of("evidence", t.get("evidence"), "integer")));
        return new DataTable(SiteAddresses.ACCOUNTABILITY_TABLE, t.get("accountability"), columns,
                regions ? null : "round", rows);
    }

    /**
     * The Frictionless type of a column of dates as written: date, yearmonth or year when all have one precision,
     * else string (each value still {@code 2023-05-10}, {@code 2023-04} or {@code 2023}).
     */
    private static String dateType(List<PartialDate> dates) {
        Set<DatePrecision> precisions = dates.stream().map(PartialDate::precision).collect(Collectors.toSet());
        if (precisions.size() != 1) {
            return "string";
        }
        return switch (precisions.iterator().next()) {
            case DAY -> "date";
            case MONTH -> "yearmonth";
            case YEAR -> "year";
        };
    }

    private static DataTable indicators(List<Indicator> indicators, String name, Strings t) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : indicators) {
            for (Indicator.Point p : i.series()) {
                rows.add(Arrays.asList(i.id(), i.name(), i.category().label(), p.period(), p.value().toPlainString(),
                        p.qualifier() == null ? null : p.qualifier().word(), i.unit(),
                        i.target() == null ? null : i.target().value().toPlainString()));
            }
        }
        return new DataTable(name, t.get("indicators"), List.of(Column.text("id", t.get("csvId")),
                Column.text("name", t.get("csvIndicator")),
                Column.vocabulary("category", t.get("indicatorCategory"), IndicatorCategory.labels()),
                Column.text("period", t.get("csvPeriod")), Column.of("value", t.get("csvValue"), "number"),
                Column.vocabulary("qualifier", t.get("csvQualifier"), Qualifier.words()),
                Column.text("unit", t.get("csvUnit")), Column.of("target", t.get("targetLabel"), "number")),
                null, rows);
    }

    private static DataTable complaints(Content content, Strings t) {
        List<List<String>> rows = new ArrayList<>();
        for (ComplaintBatch b : content.complaints()) {
            for (Complaint c : b.cases()) {
                rows.add(Arrays.asList(b.round(), String.valueOf(b.number()), b.assigned().day().toString(),
                        c.number(), c.id(), c.summary(), c.region(),
                        c.types().stream().map(PollutionType::label)
                                .collect(Collectors.joining(t.get("itemSeparator"))),
                        c.findings(), c.verdictUnknown() ? null : c.verdict().label(), c.goal(), c.handling(),
                        c.resolution().label(), c.accountability(), c.channel(), keyCase(c.keyCase()),
                        b.sample() ? "true" : "false"));
            }
        }
        return new DataTable(SiteAddresses.COMPLAINT_TABLE, t.get("complaints"), List.of(
                Column.text("round", t.get("round")),
                Column.of("batch", t.get("batch"), "integer"), Column.of("assigned", t.get("assignedOn"), "date"),
                Column.text("number", ComplaintHeaders.NUMBER), Column.text("id", ComplaintHeaders.ID),
                Column.text("summary", ComplaintHeaders.SUMMARY), Column.text("region", ComplaintHeaders.REGION),
                Column.text("types", ComplaintHeaders.TYPE), Column.text("findings", ComplaintHeaders.FINDINGS),
                Column.vocabulary("verdict", ComplaintHeaders.VERDICT, Verdict.labels()),
                Column.text("goal", ComplaintHeaders.GOAL), Column.text("handling", ComplaintHeaders.HANDLING),
                Column.vocabulary("resolution", ComplaintHeaders.RESOLUTION, Resolution.labels()),
                Column.text("accountability", ComplaintHeaders.ACCOUNTABILITY),
                Column.text("channel", ComplaintHeaders.CHANNEL),
                Column.vocabulary("keyCase", ComplaintHeaders.KEY_CASE,
                        List.of(ComplaintHeaders.YES, ComplaintHeaders.NO)),
                Column.of("sample", t.get("sample"), "boolean")), "id", rows);
    }

    /** 重点 as the tables write it: 是, 否, or empty where the table does not say. */
    private static String keyCase(Boolean keyCase) {
        return keyCase == null ? null : keyCase ? ComplaintHeaders.YES : ComplaintHeaders.NO;
    }

    /**
     * Where a set of declared figures was published on the site, for the source columns of the figures table.
     *
     * @param fallback the date a figure without one stands at (a bulletin's day, a report's as-of date), or null
     */
    /** @param ofBatches whether its figures are of batches (a bulletin's), for the scope's words */
    private record Declaring(List<Figure> figures, PartialDate fallback, String slug, String page, String title,
                             String origin, boolean ofBatches) {
    }

    /**
     * Every figure the site declares, by where it was published: bulletins by slug, then round reports (their named
     * fields and {@code figures:}), accountability, typical cases and releases, in the order of the content.
     */
    private static List<Declaring> declaring(Content content, Strings t) {
        List<Declaring> all = new ArrayList<>();
        content.bulletins().stream().sorted(Comparator.comparing(Bulletin::slug)).forEach(b -> all.add(new Declaring(
                b.figures(), PartialDate.day(b.date()), b.slug(), SiteAddresses.bulletin(b), b.title(), b.source(), true)));
        for (Round r : content.rounds()) {
            for (RoundReport rep : r.reports()) {
                String origin = content.releases().stream().filter(x -> x.slug().equals(rep.release())).findFirst()
                        .map(Release::source).orElse(null);
                all.add(new Declaring(rep.declaredFigures(r.id()), rep.asOfDate(), rep.release(),
                        SiteAddresses.round(r.id()), RoundNames.of(r, t), origin, false));
            }
        }
        for (Accountability a : content.accountability()) {
            all.add(new Declaring(a.declaredFigures(), a.asOfDate(), null, SiteAddresses.ACCOUNTABILITY,
                    t.get("accountability"), null, false));
        }
        content.cases().stream().filter(c -> !c.withdrawn()).forEach(c -> all.add(new Declaring(c.declaredFigures(),
                c.history().published() == null ? null : c.history().published().asPartial(), c.slug(),
                SiteAddresses.typicalCase(c), c.title(), null, false)));
        content.releases().stream().filter(r -> !r.withdrawn()).forEach(r -> all.add(new Declaring(r.figures(),
                r.date().asPartial(), r.slug(), SiteAddresses.release(r), r.title(), r.source(), false)));
        return all;
    }

    /**
     * The figures the site declares, each exactly as printed: the value with its decimals, the hedge as its word, the
     * unit as the source words it, the as-of date at its own precision, and what it counts over both as text and as
     * machine columns. By where it was published ({@link #declaring}), then in the order declared there.
     */
    private static DataTable figures(List<Declaring> declaring, Strings t) {
        List<List<String>> rows = new ArrayList<>();
        List<PartialDate> dates = new ArrayList<>();
        for (Declaring d : declaring) {
            for (Figure f : d.figures()) {
                FigureScope s = f.scope();
                Batches batches = s.batches();
                PartialDate asOf = f.asOf() != null ? f.asOf() : d.fallback();
                if (asOf != null) {
                    dates.add(asOf);
                }
                rows.add(Arrays.asList(f.key().id(), f.label(), f.value().amount().toPlainString(), f.unit().word(),
                        f.value().qualifier() == null ? null : f.value().qualifier().word(),
                        asOf == null ? null : asOf.iso(), asOf == null ? null : precision(asOf.precision()),
                        FigureScopeWords.of(s, t, d.ofBatches()), s.round(), batches == null ? null : String.valueOf(batches.first()),
                        batches == null ? null : String.valueOf(batches.last()), s.region(), d.slug(), d.page(),
                        d.title(), d.origin()));
            }
        }
        return new DataTable(SiteAddresses.FIGURE_TABLE, t.get("figureDataTable"), List.of(
                Column.text("key", t.get("figureDataKey")), Column.text("label", t.get("figureDataLabel")),
                Column.of("value", t.get("csvValue"), "number"), Column.text("unit", t.get("csvUnit")),
                Column.vocabulary("qualifier", t.get("csvQualifier"), Qualifier.words()),
                Column.of("asOf", t.get("asOfDate"), dateType(dates)),
                Column.vocabulary("precision", t.get("figureDataPrecision"),
                        Arrays.stream(DatePrecision.values()).map(OpenData::precision).toList()),
                Column.text("scope", t.get("figureDataScope")), Column.text("round", t.get("round")),
                Column.of("batchFrom", t.get("figureDataBatchFrom"), "integer"),
                Column.of("batchTo", t.get("figureDataBatchTo"), "integer"),
                Column.text("region", t.get("region")), Column.text("source", t.get("figureDataSource")),
                Column.text("sourcePage", t.get("figureDataSourcePage")),
                Column.text("sourceTitle", t.get("figureDataSourceTitle")),
                Column.text("sourceOrigin", t.get("figureDataSourceOrigin"))), null, rows);
    }

    /** {@code day}, {@code month} or {@code year}. */
    private static String precision(DatePrecision p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String str(Long n) {
        return n == null ? null : String.valueOf(n);
    }
}
