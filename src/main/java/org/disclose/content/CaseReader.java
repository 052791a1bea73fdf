package org.disclose.content;

import org.disclose.text.Slugs;
import org.disclose.text.FieldLimits;
import org.disclose.text.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.markdown.Markdown;
import org.disclose.model.CaseStatus;
import org.disclose.model.History;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.PublishedUrl;
import org.disclose.model.Photo;
import org.disclose.model.TypicalCase;

/** {@code content/cases/*.md} → {@link TypicalCase}: front matter with the case's facts, then its story. */
public final class CaseReader {

    private static final String WHAT = "the typical case";

    private final ContentFiles files;
    private final Markdown markdown;

    public CaseReader(ContentFiles files, Markdown markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    public Optional<TypicalCase> read(Path file, String shown, Diagnostics diagnostics) {
        return files.text(file, diagnostics)
                .flatMap(text -> FrontMatter.split(text, shown, diagnostics))
                .flatMap(fm -> Fields.of(fm.yaml(), diagnostics, WHAT).flatMap(f -> toCase(file, f, fm)));
    }

    private Optional<TypicalCase> toCase(Path file, Fields f, FrontMatter fm) {
        Diagnostics diagnostics = f.diagnostics();
        String slug = Optional.ofNullable(f.string("slug")).orElse(Slugs.fromFileName(file.getFileName().toString()));
        if (!Slugs.isValid(slug)) {
            diagnostics.error(f.has("slug") ? f.posOf("slug") : f.pos(), "'" + slug + "' cannot be a URL slug: "
                    + Slugs.why(slug) + (f.has("slug") ? "" : "; rename the file or set 'slug'"));
        }
        String title = f.requireString("title");
        String round = f.requireString("round");
        CaseStatus status = f.vocabulary("status", true, CaseStatus::parse, CaseStatus.labels());
        List<Figure> keyFigures = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<FigureRule> rules = new ArrayList<>();
        History history = HistoryReader.read(f, false);
        // a case's figures stand for its round, as of its publication day where it gives one
        FigureReader.Defaults defaults = new FigureReader.Defaults(f.pos().path(), FigureScope.round(round),
                history.published() == null ? null : history.published().asPartial());
        int position = 0;
        for (Fields k : f.list("figures", "a key figure")) {
            position++;
            // an item without a key is the older {label, value, unit} form, still valid
            List<Figure> into = k.has("key") ? figures : keyFigures;
            FigureReader.item(k, defaults, rules, "figure-" + position).ifPresent(into::add);
            k.reportUnknown();
        }
        FigureRelationReader.namesDeclared(f, diagnostics);
        RelationDates.check(figures, rules, diagnostics);
        List<FigureTable> tables = FigureTableReader.read(f, defaults, List.copyOf(figures));
        for (FigureTable t : tables) {
            figures.addAll(t.figures());
            rules.addAll(t.rules());
        }
        List<TypicalCase.Milestone> milestones = new ArrayList<>();
        for (Fields m : f.list("milestones", "a milestone")) {
            PartialDate date = m.partialDate("date", true);
            String text = m.requireString("text");
            m.reportUnknown();
            if (date != null && text != null) {
                milestones.add(new TypicalCase.Milestone(date, text));
            }
        }
        PhotoReader photos = new PhotoReader(files, ReleaseReader.ownFolder(file), diagnostics).fields(f);
        List<Photo> images = photos.gallery(f, file);
        String body = markdown.toHtml(fm.body(), f.pos().path(), fm.bodyLine(), diagnostics, photos.body());
        TypicalCase c = new TypicalCase(slug, title, round, f.string("region"), status, f.string("summary"),
                List.copyOf(f.strings("tasks")), f.itemsWhere("tasks"), List.copyOf(keyFigures), List.copyOf(figures),
                List.copyOf(rules), tables, List.copyOf(milestones), images, body, history, f.where(),
                AttachmentReader.read(f, files, ReleaseReader.ownFolder(file)), photos.photos());
        f.reportUnknown();
        boolean complete = Slugs.isValid(slug) && title != null && round != null && status != null;
        return complete ? Optional.of(c) : Optional.empty();
    }
}
