package org.disclose.model.figure;

import java.util.concurrent.atomic.AtomicInteger;
import org.disclose.diag.SourcePos;

/** Figures as a test declares them, each at a line of its own in the seed release, so that findings can be located. */
final class Declared {

    static final String RELEASE = "2023-05-10-jilin-second-round-progress";
    private static final AtomicInteger LINE = new AtomicInteger();

    private Declared() {
    }

    static FigureSource source() {
        return new FigureSource(RELEASE, new SourcePos("content/releases/" + RELEASE + ".md", LINE.incrementAndGet(),
                1));
    }

    static Figure figure(StandardFigure key, String value) {
        return Figure.of(key, FigureValue.exact(value), source());
    }

    static Figure figure(StandardFigure key, String value, Qualifier qualifier) {
        return Figure.of(key, FigureValue.qualified(value, qualifier), source());
    }

    static Figure custom(String id, String label, String value, FigureUnit unit) {
        return new Figure(new CustomFigure(id), label, FigureValue.exact(value), unit, null, FigureScope.WHOLE,
                source(), Rounding.HALF_UP);
    }
}
