package org.disclose.model.figure;

import java.io.Serializable;
/** A figure the vocabulary lacks (来电, 来信, 资金拨付 ...), named by the author; relations to it are declared. */
public record CustomFigure(String id) implements Serializable, FigureKey {

    public CustomFigure {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a custom figure needs a key");
        }
    }

    /** A custom figure has no words but its key until a source gives them. */
    @Override
    public String label() {
        return id;
    }
}
