package org.disclose.model.figure;

import static org.disclose.model.figure.Declared.figure;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_ASSIGNED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A running total through batch N is the one through N−1 plus batch N. */
class RunningTotalTest {

    private static Figure assigned(String value, Batches batches) {
        return figure(COMPLAINTS_ASSIGNED, value).withScope(FigureScope.round("round2").withBatches(batches));
    }

    private static final Figure THROUGH_12 = assigned("450", Batches.through(12));
    private static final Figure BATCH_13 = assigned("40", Batches.single(13));

    @Test
    void theRunningTotalThatAddsUpPasses() {
        assertEquals(Optional.empty(), new RunningTotal(assigned("490", Batches.through(13)), THROUGH_12, BATCH_13)
                .check());
    }

    @Test
    void aWrongRunningTotalIsReportedAtItNamingBothBatches() {
        Figure through13 = assigned("500", Batches.through(13));
        Optional<FigureFinding> finding = new RunningTotal(through13, THROUGH_12, BATCH_13).check();
        assertEquals("交办 500件 (第1至13批) does not agree with the running total before this batch and the batch: "
                + "交办 450件 (第1至12批) + 交办 40件 (第13批) = 490件", finding.orElseThrow().message());
        assertEquals(through13.pos(), finding.orElseThrow().pos());
    }

    @Test
    void aHedgedRunningTotalIsItsBound() {
        Figure over = figure(COMPLAINTS_ASSIGNED, "480", Qualifier.OVER)
                .withScope(FigureScope.round("round2").withBatches(Batches.through(13)));
        assertEquals(Optional.empty(), new RunningTotal(over, THROUGH_12, BATCH_13).check());
    }
}
