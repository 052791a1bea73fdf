package org.disclose.model;

import java.io.Serializable;
/** One dated note in a page's change history (更新记录). */
public record Change(ContentDate date, String note, org.disclose.diag.SourcePos pos) implements Serializable {
}
