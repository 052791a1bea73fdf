package org.disclose.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.markdown.Markdown;
import org.disclose.model.Bulletin;
import org.disclose.model.BulletinKind;
import org.disclose.model.figure.DatePrecision;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;
import org.disclose.text.Fields;
import org.disclose.text.Slugs;

/**
 * {@code content/bulletins/*.md} → {@link Bulletin}: front matter ({@code kind}, {@code round}, one of {@code batch},
 * {@code batches} or {@code through}, {@code date}, {@code title}, {@code figures}, {@code tables}, {@code source}) and a Markdown
 * body. Its figures default to the bulletin's round and batches and stand at its date unless they say otherwise.
 */
public final class BulletinReader {

    private static final String WHAT = "the bulletin";

    private final ContentFiles files;
    private final Markdown markdown;

    public BulletinReader(ContentFiles files, Markdown markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    public Optional<Bulletin> read(Path file, String shown, Diagnostics diagnostics) {
        return files.text(file, diagnostics)
                .flatMap(text -> FrontMatter.split(text, shown, diagnostics))
                .flatMap(fm -> Fields.of(fm.yaml(), diagnostics, WHAT).flatMap(f -> toBulletin(file, shown, f, fm)));
    }

    /** Every field is checked and reported; a bulletin comes out only when all of it could be read. */
    private Optional<Bulletin> toBulletin(Path file, String shown, Fields f, FrontMatter fm) {
        Diagnostics diagnostics = f.diagnostics();
        String slug = Slugs.fromFileName(file.getFileName().toString());
        if (!Slugs.isValid(slug)) {
            diagnostics.error(f.pos(), "'" + slug + "' cannot be a URL slug: " + Slugs.why(slug)
                    + "; rename the file");
        }
        BulletinKind kind = f.vocabulary("kind", true, BulletinKind::parse, BulletinKind.words());
        String round = f.requireString("round");
        FigureScopeReader.Read batches = FigureScopeReader.batches(f, null);
        LocalDate date = publicationDay(f);
        String title = f.requireString("title");
        String source = f.string("source");
        boolean draft = f.bool("draft", false);
        FigureReader.Declared figures = FigureReader.read(f, new FigureReader.Defaults(shown,
                new FigureScope(round, batches.batches(), null), date == null ? null : PartialDate.day(date)));
        String body = markdown.toHtml(fm.body(), f.pos().path(), fm.bodyLine(), diagnostics);
        f.reportUnknown();
        if (!Slugs.isValid(slug) || kind == null || round == null || !batches.ok() || date == null
                || title == null || diagnostics.hasErrorsFor(shown)) {
            return Optional.empty();
        }
        return Optional.of(new Bulletin(slug, kind, round, batches.batches(), date, title, source,
                figures.figures(), figures.rules(), figures.tables(), body, draft, f.where()));
    }

    /** Publication dates stay day dates, as for releases: a bulletin is published on a day. */
    private static LocalDate publicationDay(Fields f) {
        String text = f.requireString("date");
        if (text == null) {
            return null;
        }
        Optional<PartialDate> d = PartialDate.parse(text);
        if (d.isEmpty() || d.get().precision() != DatePrecision.DAY) {
            f.diagnostics().error(f.posOf("date"), "'date' of the bulletin is '" + text + "': write the day it was "
                    + "published as YYYY-MM-DD");
            return null;
        }
        return d.get().first();
    }
}
