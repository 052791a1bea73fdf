package org.disclose.content.table;

import java.util.Objects;
import org.disclose.diag.SourcePos;

/**
 * One cell of a table: its text, trimmed of surrounding white space (including the full-width space U+3000), and
 * where it starts in the file, so that a check can point at it. In a CSV file that is the line and column of the
 * cell's first character (its opening quote, if quoted); in an .xlsx file it is the spreadsheet row and column.
 */
public record Cell(String text, SourcePos pos) {

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
