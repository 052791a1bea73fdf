package org.disclose.content.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Numbers as Excel stores them, shown as a person sees them. */
class ExcelNumberTest {

    @Test
    void plainTextWithoutExponentOrTrailingZeros() {
        assertEquals("4704", ExcelNumber.format("4704"));
        assertEquals("4704", ExcelNumber.format("4704.0"));
        assertEquals("4704", ExcelNumber.format("4.704E3"));
        assertEquals("-12.5", ExcelNumber.format("-12.50"));
        assertEquals("0.0015", ExcelNumber.format("1.5E-3"));
        assertEquals("100000000000000000000", ExcelNumber.format("1E+20"));
        assertEquals("0", ExcelNumber.format("-0"));
        assertEquals("0", ExcelNumber.format("0.000"));
        assertEquals("7", ExcelNumber.format("007"));
    }

    @Test
    void fifteenSignificantDigitsAsExcelShows() {
        assertEquals("0.3", ExcelNumber.format("0.30000000000000004"));
        assertEquals("0.333333333333333", ExcelNumber.format("0.33333333333333331"));
        assertEquals("123456789012346000", ExcelNumber.format("123456789012345678"));
    }

    @Test
    void damageIsNullAndHugeExponentsStaySmall() {
        assertNull(ExcelNumber.format("abc"));
        assertNull(ExcelNumber.format(""));
        assertNull(ExcelNumber.format("NaN"));
        assertNull(ExcelNumber.format("0x10"));
        assertNull(ExcelNumber.format("1E999999999"), "beyond a double: not a string of a billion digits");
        assertEquals("0", ExcelNumber.format("1E-999999999"));
        assertNull(ExcelNumber.format("1".repeat(100)));
    }
}
