package org.disclose.model.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A value keeps the scale it was printed with and its hedge. */
class FigureValueTest {

    @Test
    void keepsThePrintedScale() {
        assertEquals(2, FigureValue.exact("97.64").printedScale());
        assertEquals(2, FigureValue.exact("97.60").printedScale());
        assertEquals("97.60", FigureValue.exact("97.60").amount().toPlainString());
        assertEquals(0, FigureValue.exact("4704").printedScale());
    }

    @Test
    void showsTheHedgeWhereTheSourcePutsIt() {
        assertEquals("4593件", FigureValue.exact("4593").display(FigureUnit.ITEM));
        assertEquals("超过100人", FigureValue.qualified("100", Qualifier.OVER).display(FigureUnit.PERSON));
        assertEquals("94%以上", FigureValue.qualified("94", Qualifier.AT_LEAST).display(FigureUnit.PERCENT));
    }

    @Test
    void aHedgedValueIsNotExact() {
        assertTrue(FigureValue.exact("118").isExact());
        assertFalse(FigureValue.qualified("118", Qualifier.ABOUT).isExact());
    }
}
