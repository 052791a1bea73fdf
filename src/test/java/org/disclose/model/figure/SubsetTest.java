package org.disclose.model.figure;

import static org.disclose.model.figure.Declared.figure;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_DEPARTMENT_LEVEL;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_FULL_DEPARTMENT_LEVEL;
import static org.disclose.model.figure.StandardFigure.TASKS_DUE;
import static org.disclose.model.figure.StandardFigure.TASKS_DUE_DONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What counts some of another figure's things is no more than it. */
class SubsetTest {

    private static final Figure DUE = figure(TASKS_DUE, "15");

    @Test
    void noMoreThanTheSupersetPasses() {
        assertEquals(Optional.empty(), new Subset(figure(TASKS_DUE_DONE, "15"), DUE).check());
    }

    @Test
    void moreThanTheSupersetIsReportedAtTheSubset() {
        Figure done = figure(TASKS_DUE_DONE, "16");
        Optional<FigureFinding> finding = new Subset(done, DUE).check();
        assertEquals("应完成已完成 16项 is more than 应完成 15项, which includes it", finding.orElseThrow().message());
        assertEquals(done.pos(), finding.orElseThrow().pos());
    }

    @Test
    void aHedgedSubsetIsItsBound() {
        Figure departments = figure(ACCOUNTABLE_DEPARTMENT_LEVEL, "8");
        assertEquals("正厅级 超过10人 is more than 厅局级 8人, which includes it",
                new Subset(figure(ACCOUNTABLE_FULL_DEPARTMENT_LEVEL, "10", Qualifier.OVER), departments).check()
                        .orElseThrow().message());
        assertEquals(Optional.empty(),
                new Subset(figure(ACCOUNTABLE_FULL_DEPARTMENT_LEVEL, "8", Qualifier.AT_LEAST), departments).check());
        assertEquals(Optional.empty(),
                new Subset(figure(ACCOUNTABLE_FULL_DEPARTMENT_LEVEL, "10", Qualifier.ABOUT), departments).check());
    }
}
