package org.disclose.privacy;

import org.disclose.privacy.ResidentId;
import java.time.YearMonth;

/** The rules of a resident ID number (GB 11643-1999): what makes 18 characters one, and how messages show it. */
final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CODES = "10X98765432";

    private ResidentId() {
    }

    /**
     * Whether 17 digits and a check character are an ID: a first digit 1-9 (the region), a birth date that exists
     * (1850-2099, which also tells most other 18-digit numbers apart) and the right check character.
     */
    static boolean isValid(String id) {
        if (id.charAt(0) == '0') {
            return false;
        }
        int year = Integer.parseInt(id.substring(6, 10));
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        if (year < 1850 || year > 2099 || month < 1 || month > 12 || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK_CODES.charAt(sum % 11);
    }

    /** The region's first four digits and the last four: the birth date and sequence stay hidden. */
    static String mask(String id) {
        return id.substring(0, 4) + "*".repeat(10) + id.substring(14);
    }
}
