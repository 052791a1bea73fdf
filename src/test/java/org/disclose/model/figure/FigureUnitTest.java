package org.disclose.model.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Units convert within their measure (元 and 万元), and a unit nobody knows only to itself. */
class FigureUnitTest {

    @Test
    void tenThousandYuanIsTenThousandTimesAYuan() {
        FigureUnit wan = FigureUnit.of("万元");
        assertTrue(wan.convertsTo(FigureUnit.YUAN));
        assertEquals(0, new BigDecimal("12345000").compareTo(wan.toBase(new BigDecimal("1234.5"))));
        assertEquals(0, new BigDecimal("1234.5").compareTo(wan.fromBase(new BigDecimal("12345000"))));
    }

    @Test
    void itemsCountTheSameWhetherWordedJianOrGe() {
        assertTrue(FigureUnit.of("件").convertsTo(FigureUnit.of("个")));
    }

    @Test
    void peopleAndPersonTimesDoNotConvert() {
        assertFalse(FigureUnit.PERSON.convertsTo(FigureUnit.PERSON_TIME));
        assertFalse(FigureUnit.PERSON.convertsTo(FigureUnit.ITEM));
    }

    @Test
    void anUnknownUnitConvertsOnlyToItself() {
        FigureUnit park = FigureUnit.of("座");
        assertTrue(park.convertsTo(FigureUnit.of("座")));
        assertFalse(park.convertsTo(FigureUnit.ITEM));
        assertEquals("座", park.word());
    }

    @Test
    void aFactorIsAPowerOfTenSoConvertingBackIsExact() {
        assertThrows(IllegalArgumentException.class, () -> new FigureUnit("打", "items", BigDecimal.valueOf(12)));
    }
}
