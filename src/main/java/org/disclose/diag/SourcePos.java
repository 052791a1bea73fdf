package org.disclose.diag;

import java.io.Serializable;
/** A place in a file the author wrote: the path as shown to them, 1-based line and column. */
public record SourcePos(String path, int line, int col) implements Serializable {

    public static SourcePos file(String path) {
        return new SourcePos(path, 1, 1);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + col;
    }
}
