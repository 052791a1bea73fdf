package org.disclose.content;

import org.disclose.text.Slugs;
import org.disclose.text.Fields;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.markdown.Markdown;
import org.disclose.model.History;
import org.disclose.model.Release;
import org.disclose.model.figure.FigureScope;

/** {@code content/releases/*.md} → {@link Release}. */
public final class ReleaseReader {

    private static final String WHAT = "the release";

    private final ContentFiles files;
    private final Markdown markdown;

    public ReleaseReader(ContentFiles files, Markdown markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    public Optional<Release> read(Path file, String shown, Diagnostics diagnostics) {
        return files.text(file, diagnostics)
                .flatMap(text -> FrontMatter.split(text, shown, diagnostics))
                .flatMap(fm -> Fields.of(fm.yaml(), diagnostics, WHAT).flatMap(f -> toRelease(file, f, fm)));
    }

    /** The folder that belongs to a Markdown file: {@code releases/<name>.md} owns {@code releases/<name>/}. */
    static Path ownFolder(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name);
    }

    /** Every field is checked and reported; a release comes out only when it is complete enough to publish. */
    private Optional<Release> toRelease(Path file, Fields f, FrontMatter fm) {
        Diagnostics diagnostics = f.diagnostics();
        String slug = Optional.ofNullable(f.string("slug"))
                .orElse(Slugs.fromFileName(file.getFileName().toString()));
        if (!Slugs.isValid(slug)) {
            diagnostics.error(f.has("slug") ? f.posOf("slug") : f.pos(),
                    "'" + slug + "' cannot be a URL slug: " + Slugs.why(slug)
                            + (f.has("slug") ? "" : "; rename the file or set 'slug'"));
        }
        String title = f.requireString("title");
        History history = HistoryReader.read(f, true);
        List<String> tags = List.copyOf(f.strings("tags"));
        for (String tag : tags) {
            if (Slugs.nameProblem(tag).isPresent()) {
                diagnostics.error(f.posOf("tags"), "tag '" + tag + "' names a page address: "
                        + Slugs.nameProblem(tag).get() + "; shorten or rename the tag");
            }
        }
        String round = f.string("round");
        // a closure notice's figures stand for its round at its publication day, unless they say otherwise
        FigureReader.Declared declared = FigureReader.read(f, new FigureReader.Defaults(slug,
                FigureScope.round(round), history.published() == null ? null
                        : history.published().asPartial()));
        PhotoReader photos = new PhotoReader(files, ownFolder(file), diagnostics).fields(f);
        String body = markdown.toHtml(fm.body(), f.pos().path(), fm.bodyLine(), diagnostics, photos.body());
        Release release = new Release(slug, title, round, history, f.string("source"),
                f.string("summary"), tags, f.bool("draft", false), body, f.where(),
                declared.figures(), declared.rules(), declared.tables(),
                // attachments (附件) and photos, from the folder beside the file
                AttachmentReader.read(f, files, ownFolder(file)), photos.photos(), DisclosureReader.read(f));
        f.reportUnknown();
        boolean complete = Slugs.isValid(slug) && title != null && history.published() != null
                && tags.stream().allMatch(Slugs::isValidName);
        return complete ? Optional.of(release) : Optional.empty();
    }
}
