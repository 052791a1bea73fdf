package org.disclose.model;

import java.io.Serializable;
import java.util.Map;
import org.disclose.diag.SourcePos;

/** Where a record and each of its fields were written, so that checks on the record can point at the exact value. */
public record Where(SourcePos origin, Map<String, SourcePos> fields) implements Serializable {

    public static Where at(SourcePos origin) {
        return new Where(origin, Map.of());
    }

    public SourcePos of(String field) {
        return fields.getOrDefault(field, origin);
    }

    public String path() {
        return origin.path();
    }
}
