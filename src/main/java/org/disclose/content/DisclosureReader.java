package org.disclose.content;

import org.disclose.model.Disclosure;
import org.disclose.model.Validity;
import org.disclose.text.Fields;

/**
 * A release's government-information-disclosure fields (政府信息公开): {@code indexNumber} (索引号), {@code publisher}
 * (发布机构), {@code written} (成文日期), {@code documentNumber} (发文字号), {@code topic} (主题分类) and
 * {@code validity} (有效性).
 */
final class DisclosureReader {

    private DisclosureReader() {
    }

    static Disclosure read(Fields f) {
        String indexNumber = f.string("indexNumber");
        if (indexNumber != null && (indexNumber.isBlank() || indexNumber.strip().length() != indexNumber.length())) {
            f.diagnostics().error(f.posOf("indexNumber"), "'indexNumber' must be written without leading or "
                    + "trailing spaces, not '" + indexNumber + "'");
        }
        return new Disclosure(indexNumber, f.string("publisher"), f.date("written", false),
                f.string("documentNumber"), f.string("topic"),
                f.vocabulary("validity", false, Validity::parse, Validity.labels()));
    }
}
