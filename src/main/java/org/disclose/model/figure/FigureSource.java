package org.disclose.model.figure;

import java.io.Serializable;
import org.disclose.diag.SourcePos;

/**
 * Where a figure was published and read: the release (its id, or the file of a bulletin) and the place in the
 * content file, so that a wrong figure is reported where it was written.
 */
public record FigureSource(String release, SourcePos pos) implements Serializable {
}
