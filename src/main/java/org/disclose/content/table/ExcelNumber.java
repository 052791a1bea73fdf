package org.disclose.content.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a number cell of an .xlsx file as the plain text a person sees in Excel's "General" format: no exponent, no
 * trailing ".0" (4704, not 4704.0 or 4.704E3), and at most 15 significant digits, as Excel shows them (so a sum stored
 * as 0.30000000000000004 reads 0.3).
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
