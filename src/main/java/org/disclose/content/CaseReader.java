package org.disclose.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.model.CaseStatus;
import org.disclose.model.ContentDate;
import org.disclose.model.PublishedUrl;
import org.disclose.model.TypicalCase;
import org.disclose.render.Markdown;

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
                    + Slugs.rule() + (f.has("slug") ? "" : "; rename the file or set 'slug'"));
        }
        String title = f.requireString("title");
        String round = f.requireString("round");
        CaseStatus status = f.vocabulary("status", true, CaseStatus::parse, CaseStatus.labels());
        List<TypicalCase.KeyFigure> figures = new ArrayList<>();
        for (Fields k : f.list("figures", "a key figure")) {
            String label = k.requireString("label");
            var value = k.decimal("value");
            if (value == null && !k.has("value")) {
                k.missing("value");
            }
            String unit = k.string("unit");
            k.reportUnknown();
            if (label != null && value != null) {
                figures.add(new TypicalCase.KeyFigure(label, value, unit));
            }
        }
        List<TypicalCase.Milestone> milestones = new ArrayList<>();
        for (Fields m : f.list("milestones", "a milestone")) {
            ContentDate date = m.date("date", true);
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
            if (path != null && (path.indexOf('\0') >= 0 || path.chars().anyMatch(Character::isISOControl))) {
                diagnostics.error(i.posOf("path"), "image path contains a control character: give a file name");
                path = null;
            }
            PublishedUrl url = path == null ? null : PublishedUrl.judge(path);
            if (url != null && (!url.allowed() || url.leavesSite())) {
                diagnostics.error(i.posOf("path"), "image path '" + PublishedUrl.shown(path) + "' is not allowed: "
                        + (url.allowed() ? "the site loads nothing from other servers; save the image in "
                        + "content/cases/ and give its path relative to that folder" : "it " + url.refusal()));
                path = null;
            }
            if (path != null) {
                Path resolved = file.getParent().resolve(path).normalize();
                String lower = path.toLowerCase(java.util.Locale.ROOT);
                boolean namesOk = java.util.Arrays.stream(path.split("/")).allMatch(Slugs::isValidName);
                if (!resolved.startsWith(file.getParent()) || path.startsWith("/") || !namesOk) {
                    diagnostics.error(i.posOf("path"), "image path '" + path + "' leads outside content/cases/: "
                            + "put the image in that folder and give its path relative to it");
                    path = null;
                } else if (!IMAGE_TYPES.matcher(lower).matches()) {
                    diagnostics.error(i.posOf("path"), "'" + path + "' is not an image this site publishes: use "
                            + ".png, .jpg, .jpeg, .gif or .webp");
                    path = null;
                } else if (!Files.isRegularFile(resolved) || Files.isSymbolicLink(resolved)) {
                    diagnostics.error(i.posOf("path"), "image '" + path + "' not found next to " + file.getFileName());
                    path = null;
                }
            }
            TypicalCase.Image image = new TypicalCase.Image(path, alt, i.string("caption"));
            i.reportUnknown();
            if (path != null && alt != null) {
                images.add(image);
            }
        }
        TypicalCase c = new TypicalCase(slug, title, round, f.string("region"), status, f.string("summary"),
                List.copyOf(f.strings("tasks")), f.itemsWhere("tasks"), List.copyOf(figures), List.copyOf(milestones),
                List.copyOf(images), markdown.toHtml(fm.body(), f.pos().path(), fm.bodyLine(), diagnostics),
                HistoryReader.read(f, false), f.where());
        f.reportUnknown();
        boolean complete = Slugs.isValid(slug) && title != null && round != null && status != null;
        return complete ? Optional.of(c) : Optional.empty();
    }
}
