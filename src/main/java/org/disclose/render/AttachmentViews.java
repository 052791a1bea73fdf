package org.disclose.render;

import java.util.List;
import org.disclose.model.Attachment;
import org.disclose.render.view.AttachmentsView;

/** A page's attachments as shown: title, format and size in the theme's words, and the address of each file. */
final class AttachmentViews {

    private AttachmentViews() {
    }

    /** @param page the owner page's address, which the files are published under; null when there are none */
    static AttachmentsView of(List<Attachment> attachments, String page, Strings t) {
        if (attachments.isEmpty()) {
            return null;
        }
        return new AttachmentsView(attachments.stream().map(a -> new AttachmentsView.Item(a.shownTitle(),
                SiteAddresses.attachment(page, a), t.get(key(a.format())),
                a.size().number() + " " + t.get(a.size().megabytes() ? "attachmentMegabytes"
                        : "attachmentKilobytes"))).toList());
    }

    /** The theme's word for a format. */
    private static String key(Attachment.Format format) {
        return switch (format) {
            case PDF -> "attachmentFormatPdf";
            case OFD -> "attachmentFormatOfd";
            case WORD -> "attachmentFormatWord";
            case EXCEL -> "attachmentFormatExcel";
            case CSV -> "attachmentFormatCsv";
            case ZIP -> "attachmentFormatZip";
        };
    }
}
