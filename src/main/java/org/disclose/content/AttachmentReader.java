package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Attachment;
import org.disclose.text.Fields;

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
        OwnFile rule = new OwnFile("attachment", "file", folder, owner, "not found in " + owner,
                name -> Attachment.Format.of(name).isPresent() ? Optional.empty()
                        : Optional.of("'" + name + "' is not a kind of file this site publishes as an attachment: use "
                                + Attachment.Format.listed()));
        Optional<Path> real = rule.admit(file, at, files, diagnostics);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        Attachment.Format format = Attachment.Format.of(file).orElseThrow();
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
        return Optional.of(new Attachment(file, title, format, bytes, real.get()));
    }
}
