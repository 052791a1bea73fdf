package org.disclose.model.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A figure keeps its source's words and unit, falling back on the vocabulary's, and shows its scope. */
class FigureTest {

    @Test
    void aStandardFigureComesInItsDefaultWordsAndUnit() {
        Figure closed = Declared.figure(StandardFigure.COMPLAINTS_CLOSED, "4593");
        assertEquals("已办结 4593件", closed.display());
        assertEquals(FigureScope.WHOLE, closed.scope());
        assertEquals(Rounding.HALF_UP, closed.rounding());
    }

    @Test
    void theSourcesOwnWordsAndUnitStay() {
        Figure closed = Declared.figure(StandardFigure.COMPLAINTS_CLOSED, "4593").withLabel("已结案销号")
                .withUnit(FigureUnit.of("个"));
        assertEquals("已结案销号 4593个", closed.display());
    }

    @Test
    void aBlankLabelFallsBackOnTheVocabulary() {
        assertEquals("罚款 1234.5万元", Declared.figure(StandardFigure.FINES, "1234.5").withLabel(" ").display());
        assertEquals("来电 30件", Declared.custom("来电", null, "30", FigureUnit.ITEM).display());
    }

    @Test
    void showsRegionAndBatchesWhereItHasThem() {
        Figure f = Declared.figure(StandardFigure.COMPLAINTS_ASSIGNED, "40", Qualifier.OVER)
                .withScope(FigureScope.round("round2").withBatches(Batches.single(13)).inRegion("长春市"));
        assertEquals("交办 超过40件 (长春市, 第13批)", f.displayWithScope());
        assertEquals("第1至13批", Batches.through(13).display());
        assertEquals("第5至13批", Batches.range(5, 13).display());
        assertEquals(Batches.range(1, 13), Batches.through(13));
    }

    @Test
    void throughKeepsItsWordingButIsTheSameBatchesAsTheRange() {
        assertTrue(Batches.through(22).writtenThrough());
        assertFalse(Batches.range(1, 22).writtenThrough());
        assertEquals(Batches.range(1, 22), Batches.through(22));
        assertEquals(Batches.range(1, 22).hashCode(), Batches.through(22).hashCode());
        assertEquals(FigureScope.round("round3").withBatches(Batches.range(1, 22)),
                FigureScope.round("round3").withBatches(Batches.through(22)));
        assertThrows(IllegalArgumentException.class, () -> new Batches(2, 22, true));
    }

    @Test
    void batchesRunForwardFromOne() {
        assertThrows(IllegalArgumentException.class, () -> Batches.range(13, 5));
        assertThrows(IllegalArgumentException.class, () -> Batches.single(0));
    }

    @Test
    void standardKeysAreDistinctAndReadBack() {
        assertEquals(StandardFigure.values().length,
                Arrays.stream(StandardFigure.values()).map(StandardFigure::id).distinct().count());
        assertEquals(Optional.of(StandardFigure.COMPLAINTS_PHASED), StandardFigure.parse("complaintsPhased"));
        assertEquals(Optional.empty(), StandardFigure.parse("阶段性办结"));
    }
}
