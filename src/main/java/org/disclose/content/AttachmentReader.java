package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Attachment;
import org.disclose.model.PublishedUrl;
import org.disclose.text.Fields;
import org.disclose.text.Slugs;

/**
 * {@code attachments:} of a release, a case or a task: each {@code {file, title}} a file in the owner's own folder
 * (docs/content.md, "Files that belong to content"), checked as a name that becomes an address, admitted inside
 * content/, within {@link Attachment#MAX_BYTES}, and, when its text can be read (CSV, .xlsx, .docx), scanned for
 * personal data ({@link AttachmentScan}).
 */
final class AttachmentReader {

    private AttachmentReader() {
    }

    /**
     * @param folder the owner's folder, such as {@code content/releases/<name>/}, which need not exist when nothing
     *               is attached
     */
    static List<Attachment> read(Fields f, ContentFiles files, Path folder) {
        List<Attachment> attachments = new ArrayList<>();
        for (Fields item : f.list("attachments", "an attachment")) {
            String file = item.requireString("file");
            String title = item.string("title");
            item.reportUnknown();
            if (file != null) {
                attachment(file, title, item.posOf("file"), files, folder, item.diagnostics())
                        .ifPresent(attachments::add);
            }
        }
        return List.copyOf(attachments);
    }

    private static Optional<Attachment> attachment(String file, String title, SourcePos at, ContentFiles files,
                                                   Path folder, Diagnostics diagnostics) {
        String owner = files.shown(folder) + "/";
        PublishedUrl url = PublishedUrl.judge(file);
        if (!url.allowed() || url.leavesSite()) {
            diagnostics.error(at, "attachment '" + PublishedUrl.shown(file) + "' is not allowed: "
                    + (url.allowed() ? "the site publishes its own files only; save the file in " + owner
                    + " and give its path relative to that folder" : "it " + url.refusal()));
            return Optional.empty();
        }
        if (file.startsWith("/") || Arrays.asList(file.split("/", -1)).contains("..")) {
            diagnostics.error(at, "attachment '" + file + "' leads outside " + owner
                    + ": put the file in that folder and give its path relative to it");
            return Optional.empty();
        }
        for (String part : file.split("/", -1)) {
            Optional<String> problem = Slugs.nameProblem(part);
            if (problem.isPresent()) {
                diagnostics.error(at, "attachment '" + file + "' becomes an address: " + problem.get()
                        + "; rename the file");
                return Optional.empty();
            }
        }
        files.guard().scanAddress(file, at, diagnostics);
        Optional<Attachment.Format> format = Attachment.Format.of(file);
        if (format.isEmpty()) {
            diagnostics.error(at, "'" + file + "' is not a kind of file this site publishes as an attachment: use "
                    + Attachment.Format.listed());
            return Optional.empty();
        }
        Path resolved = folder.resolve(file).normalize();
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(at, "attachment '" + file + "' not found in " + owner);
            return Optional.empty();
        }
        Optional<Path> real = files.admit(resolved, at, diagnostics);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(real.get())) {
            diagnostics.error(at, "attachment '" + file + "' is not a file: give the path of the file itself");
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Files.size(real.get());
        } catch (IOException e) {
            diagnostics.error(at, "attachment '" + file + "' cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes > Attachment.MAX_BYTES) {
            diagnostics.error(at, String.format(Locale.ROOT, "attachment '%s' has %,d bytes, more than the %d MiB an "
                    + "attachment may have: compress it or split it into parts", file, bytes,
                    Attachment.MAX_BYTES >> 20));
            return Optional.empty();
        }
        AttachmentScan.check(file, real.get(), at, files, diagnostics);
        return Optional.of(new Attachment(file, title, format.get(), bytes, real.get()));
    }
}
