package org.disclose.model.figure;

import static org.disclose.model.figure.Declared.figure;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_ASSIGNED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A running total through a later batch is at least the one through an earlier batch, where the batches between are
 * not given (a 办理 bulletin's 497 through batch 13 and 812 through batch 22); where they are, the sum is checked
 * instead, and only once.
 */
class RunningTotalGrowsTest {

    private static Figure through(int last, String value) {
        return figure(COMPLAINTS_ASSIGNED, value).withScope(FigureScope.round("r3").withBatches(Batches.through(last)));
    }

    private static Figure batch(int n, String value) {
        return figure(COMPLAINTS_ASSIGNED, value).withScope(FigureScope.round("r3").withBatches(Batches.single(n)));
    }

    private static List<String> messages(Figure... figures) {
        return FigureCheck.check(List.of(figures), List.of()).stream().map(FigureFinding::message).toList();
    }

    @Test
    void aLaterRunningTotalBelowAnEarlierOneIsAnError() {
        assertEquals(List.of("交办 182件 (第1至22批) is less than 交办 497件 (第1至13批), a running total through an earlier "
                + "batch: a running total never falls"), messages(through(13, "497"), through(22, "182")));
        assertEquals(List.of(), messages(through(13, "497"), through(22, "812")));
    }

    @Test
    void whereTheBatchBetweenIsGivenTheSumIsCheckedOnce() {
        List<String> found = messages(through(12, "453"), batch(13, "28"), through(13, "400"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(), messages(through(12, "453"), batch(13, "28"), through(13, "481")));
    }
}
