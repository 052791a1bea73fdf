package org.disclose.content.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a number cell of an .xlsx file as the plain text a person sees in Excel's "General" format: no exponent, no
 * trailing ".0" (4704, not 4704.0 or 4.704E3), and at most 15 significant digits, as Excel shows them (so a sum stored
 * as 0.30000000000000004 reads 0.3). A whole number longer than that has lost digits already ({@link #isRounded}):
 * the reader refuses it rather than publish digits nobody typed.
 */
final class ExcelNumber {

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private ExcelNumber() {
    }

    /** The plain text of the stored number, or null if {@code raw} is not a number Excel can hold. */
    static String format(String raw) {
        if (isSmallInteger(raw)) {
            return raw;
        }
        if (raw.length() > 64) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
        // Excel stores doubles: beyond their range a number is damage, and this check also keeps toPlainString small.
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            return null;
        }
        if (d == 0) {
            return "0";
        }
        return value.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the stored number is a whole number Excel cannot hold exactly: 16 or more digits before the decimal
     * point (|x| &ge; 10^15), however many of them are significant. Excel keeps 15 significant digits, so an ID, card
     * or case number typed as a number has lost its end (220102199003071234 is stored as 2.2010219900307101E+17;
     * 110105194912310000 as 1.1010519491231E+17, with 14), and no table of this site holds a statistic that large.
     */
    static boolean isRounded(String raw) {
        if (isSmallInteger(raw) || raw.length() > 64) {
            return false;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Double.isInfinite(value.doubleValue()) || value.signum() == 0) {
            return false;
        }
        BigDecimal whole = value.abs().stripTrailingZeros();
        int integerDigits = whole.precision() - whole.scale();
        return integerDigits >= 16;
    }

    /** The common case, taken as it is: an optional minus and 1 to 15 digits, without a leading zero. */
    private static boolean isSmallInteger(String raw) {
        int start = raw.startsWith("-") ? 1 : 0;
        int digits = raw.length() - start;
        if (digits < 1 || digits > 15 || (raw.charAt(start) == '0' && digits > 1)) {
            return false;
        }
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !raw.equals("-0");
    }
}
