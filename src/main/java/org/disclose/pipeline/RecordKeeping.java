package org.disclose.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.disclose.check.PublicationRecords;
import org.disclose.config.SiteConfig;
import org.disclose.content.ContentFiles;
import org.disclose.content.PublicationRecordReader;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.PublicationRecord;

/**
 * One build's dealings with the publication record ({@code content/published.yaml}): the content held to it (索引号
 * assigned, moved dates refused), and what it lacks appended by a build of the site once the site is in place,
 * reported by {@code disclose check}, left alone by a preview. A site keeps a record when its settings have
 * {@code disclosure:} or the record exists.
 */
final class RecordKeeping {

    private final BuildOptions options;
    private final BuildMode mode;
    private final Path root;
    private final Diagnostics diagnostics;
    /** The record's new entries, appended after a successful build of the site. */
    private List<PublicationRecord.Entry> added = List.of();

    RecordKeeping(BuildOptions options, BuildMode mode, Path root, Diagnostics diagnostics) {
        this.options = options;
        this.mode = mode;
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /** The content against the record, with the releases' 索引号. */
    Content apply(ContentFiles files, SiteConfig site, Content content) {
        boolean kept = site.disclosure().given()
                || Files.exists(files.file(PublicationRecordReader.FILE), LinkOption.NOFOLLOW_LINKS);
        if (!kept) {
            return content;
        }
        PublicationRecord record = PublicationRecordReader.read(files, diagnostics);
        PublicationRecords.Result result = PublicationRecords.apply(content, record, site.disclosure(),
                r -> !r.draft() && (options.today() == null || !r.date().day().isAfter(options.today())), diagnostics);
        SourcePos at = SourcePos.file(files.shown(files.file(PublicationRecordReader.FILE)));
        if (!result.added().isEmpty() && mode instanceof SiteMode) {
            if (!options.write()) {
                int n = result.added().size();
                diagnostics.warning(at, n + (n == 1 ? " page is" : " pages are") + " not in the record yet; run "
                        + "disclose build and commit content/" + PublicationRecordReader.FILE);
            } else {
                PublicationRecordFile.problem(root).ifPresent(p -> diagnostics.error(at, "the publication record "
                        + p));
                added = result.added();
            }
        }
        return result.content();
    }

    /** Before the commit: a site whose record is still to be appended is marked stale, so a failed append repeats. */
    void beforeCommit() {
        if (!added.isEmpty()) {
            mode.stale();
        }
    }

    /** Appends the new entries to the record, once the site is in place; false when that failed. */
    boolean append() {
        if (added.isEmpty()) {
            return true;
        }
        SourcePos at = SourcePos.file("content/" + PublicationRecordReader.FILE);
        try {
            PublicationRecordFile.append(root, added);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(at, "the site was built, but the publication record cannot be written: "
                    + e.getMessage() + "; build again once it can");
            return false;
        }
        int n = added.size();
        diagnostics.note(at, "recorded " + n + (n == 1 ? " page" : " pages") + " published for the first time: "
                + "commit content/" + PublicationRecordReader.FILE);
        return true;
    }
}
