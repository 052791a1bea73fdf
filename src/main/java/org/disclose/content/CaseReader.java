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
import org.disclose.model.TypicalCase;

/** {@code content/cases/*.md} → {@link TypicalCase}: front matter with the case's facts, then its story. */
public final class CaseReader {

    private static final String WHAT = "the typical case";
    private static final java.util.regex.Pattern IMAGE_TYPES =
            java.util.regex.Pattern.compile(".+\\.(png|jpe?g|gif|webp)");

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
        List<TypicalCase.Image> images = new ArrayList<>();
        for (Fields i : f.list("images", "an image")) {
            String path = i.requireString("path");
            String alt = i.requireString("alt");
            Path source = path == null ? null : image(file, path, i.posOf("path"), diagnostics).orElse(null);
            TypicalCase.Image image = new TypicalCase.Image(path, alt, i.string("caption"), source);
            i.reportUnknown();
            if (source != null && alt != null) {
                images.add(image);
            }
        }
        TypicalCase c = new TypicalCase(slug, title, round, f.string("region"), status, f.string("summary"),
                List.copyOf(f.strings("tasks")), f.itemsWhere("tasks"), List.copyOf(keyFigures), List.copyOf(figures),
                List.copyOf(rules), tables, List.copyOf(milestones), List.copyOf(images), markdown.toHtml(fm.body(), f.pos().path(), fm.bodyLine(), diagnostics),
                history, f.where(), AttachmentReader.read(f, files, ReleaseReader.ownFolder(file)));
        f.reportUnknown();
        boolean complete = Slugs.isValid(slug) && title != null && round != null && status != null;
        return complete ? Optional.of(c) : Optional.empty();
    }

    /**
     * The real path of an image a case names, to be published: its path is relative to the case's folder, each part
     * a name that may become an address, and it may not climb out ({@code ..}) or be led out by a symbolic link.
     */
    private Optional<Path> image(Path file, String path, SourcePos at, Diagnostics diagnostics) {
        Path folder = file.getParent();
        PublishedUrl url = PublishedUrl.judge(path);
        if (!url.allowed() || url.leavesSite()) {
            diagnostics.error(at, "image path '" + PublishedUrl.shown(path) + "' is not allowed: "
                    + (url.allowed() ? "the site loads nothing from other servers; save the image in "
                    + "content/cases/ and give its path relative to that folder" : "it " + url.refusal()));
            return Optional.empty();
        }
        if (path.startsWith("/") || java.util.Arrays.asList(path.split("/", -1)).contains("..")) {
            diagnostics.error(at, "image path '" + path + "' leads outside content/cases/: "
                    + "put the image in that folder and give its path relative to it");
            return Optional.empty();
        }
        for (String part : path.split("/", -1)) {
            Optional<String> problem = Slugs.nameProblem(part);
            if (problem.isPresent()) {
                diagnostics.error(at, "image path '" + path + "' becomes an address: " + problem.get()
                        + "; rename the file");
                return Optional.empty();
            }
        }
        if (!IMAGE_TYPES.matcher(path.toLowerCase(java.util.Locale.ROOT)).matches()) {
            diagnostics.error(at, "'" + path + "' is not an image this site publishes: use "
                    + ".png, .jpg, .jpeg, .gif or .webp");
            return Optional.empty();
        }
        Path resolved = folder.resolve(path).normalize();
        if (!Files.exists(resolved, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(at, "image '" + path + "' not found next to " + file.getFileName());
            return Optional.empty();
        }
        Optional<Path> real = files.admit(resolved, at, diagnostics);
        if (real.isPresent() && !Files.isRegularFile(real.get())) {
            diagnostics.error(at, "image '" + path + "' is not a file: give the path of the image itself");
            return Optional.empty();
        }
        if (real.isPresent() && sizeOf(real.get()) > FieldLimits.IMAGE_BYTES) {
            diagnostics.error(at, String.format(java.util.Locale.ROOT, "image '%s' has %,d bytes, more than the %d MiB "
                    + "an image may have: save it smaller (a photograph for the web needs well under 5 MiB)", path,
                    sizeOf(real.get()), FieldLimits.IMAGE_BYTES >> 20));
            return Optional.empty();
        }
        return real;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // gone since it was found: reported when it is copied
        }
    }
}
