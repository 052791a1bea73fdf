package org.disclose.model;

/** One dated note in a page's change history (更新记录). */
public record Change(ContentDate date, String note, org.disclose.diag.SourcePos pos) {
}
