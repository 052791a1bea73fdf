package org.disclose.content;

import org.disclose.text.Slugs;
import org.disclose.text.Fields;
import java.nio.file.Path;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.markdown.Markdown;
import org.disclose.model.Page;

/** {@code content/pages/*.md} → {@link Page}: about, contact, accessibility statement and the like. */
public final class PageReader {

    private static final String WHAT = "the page";

    private final ContentFiles files;
    private final Markdown markdown;

    public PageReader(ContentFiles files, Markdown markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    public Optional<Page> read(Path file, String shown, Diagnostics diagnostics) {
        return files.text(file, diagnostics)
                .flatMap(text -> FrontMatter.split(text, shown, diagnostics))
                .flatMap(fm -> Fields.of(fm.yaml(), diagnostics, WHAT).flatMap(f -> {
                    String slug = Optional.ofNullable(f.string("slug"))
                            .orElse(Slugs.fromFileName(file.getFileName().toString()));
                    if (!Slugs.isValid(slug)) {
                        diagnostics.error(f.has("slug") ? f.posOf("slug") : f.pos(),
                                "'" + slug + "' cannot be a URL slug: " + Slugs.why(slug));
                    }
                    PhotoReader photos = new PhotoReader(files, ReleaseReader.ownFolder(file), diagnostics).fields(f);
                    String body = markdown.toHtml(fm.body(), shown, fm.bodyLine(), diagnostics, photos.body());
                    Page page = new Page(slug, f.requireString("title"), f.string("summary"), f.bool("draft", false),
                            body, f.where(), photos.photos());
                    f.reportUnknown();
                    return Slugs.isValid(slug) && page.title() != null ? Optional.of(page) : Optional.empty();
                }));
    }
}
