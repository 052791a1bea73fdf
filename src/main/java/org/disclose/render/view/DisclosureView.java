package org.disclose.render.view;

import org.disclose.model.Disclosure;
import org.disclose.model.Release;

/**
 * The metadata table of a government article (信息公开): 索引号, 主题分类, 发布机构, 成文日期, 标题, 发文字号, 发布日期 and
 * 有效性, each null when the release does not give it; the theme shows the rows that have a value.
 */
public record DisclosureView(String indexNumber, String topic, String publisher, String written, String writtenIso,
                             String title, String documentNumber, String published, String publishedIso,
                             String validity) {

    /** The table of a release, or null when it gives none of the disclosure facts. */
    public static DisclosureView of(Release r) {
        Disclosure d = r.disclosure();
        if (d.equals(Disclosure.NONE)) {
            return null;
        }
        return new DisclosureView(d.indexNumber(), d.topic(), d.publisher(),
                d.written() == null ? null : d.written().display(), d.written() == null ? null : d.written().iso(),
                r.title(), d.documentNumber(), r.date().display(), r.date().iso(),
                d.validity() == null ? null : d.validity().label());
    }
}
