package org.disclose.content.table;

import java.util.Objects;
import org.disclose.diag.SourcePos;

/**
 * One cell of a table: its text, trimmed of surrounding white space (including the full-width space U+3000), and
 * where it is in the file, so that a check can point at it. {@code pos} is where the cell starts: in a CSV file the
 * line and column of its first character (its opening quote, if quoted); in an .xlsx file the spreadsheet row and
 * column. {@code textPos} is where its text starts, after the opening quote and the space that was trimmed, so that
 * a check that looks inside the text (such as the personal data guard) can count from there; it is {@code pos} for
 * an empty cell and in an .xlsx file, whose cells have no finer position.
 */
public record Cell(String text, SourcePos pos, SourcePos textPos) {

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(textPos, "textPos");
    }

    /** A cell whose text starts where the cell does. */
    public Cell(String text, SourcePos pos) {
        this(text, pos, pos);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
