package org.disclose.render.chart;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises labels that are periods: a year ("2021", "2022年"), a month ("2023-05", "2023年5月") or a quarter
 * ("2023Q1", "2023年第一季度"). Only a series of periods in time order may be drawn as a line: a line between
 * categories, or between periods out of order, would suggest a trend that is not there.
 */
final class Period {

    // possessive spaces (\s*+): "\s*年?\s*" would try every split of a long run of spaces between its two parts
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*+年?");
    private static final Pattern MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*+(?:年|[-/.])\\s*+(\\d{1,2})\\s*+月?");
    private static final Pattern QUARTER =
            Pattern.compile("((?:19|20)\\d{2})\\s*+年?\\s*+(?:[Qq]|第)\\s*+([1-4一二三四])\\s*+(?:季度)?");

    private Period() {
    }

    /**
     * A sort key that grows with time: year × 100, plus the month, or 20 × the quarter; a month and a quarter key
     * are not comparable, so {@link #ascending} accepts only one kind at a time.
     */
    static OptionalLong key(String label) {
        String s = label.strip();
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            return OptionalLong.of(Long.parseLong(m.group(1)) * 100);
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12
                    ? OptionalLong.of(Long.parseLong(m.group(1)) * 100 + month) : OptionalLong.empty();
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            String q = m.group(2);
            int quarter = Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : "一二三四".indexOf(q) + 1;
            return OptionalLong.of(Long.parseLong(m.group(1)) * 100 + 20 * quarter);
        }
        return OptionalLong.empty();
    }

    /** Every label is a period of the same kind, and they strictly increase. */
    static boolean ascending(List<Point> points) {
        long previous = Long.MIN_VALUE;
        int kind = -1;
        for (Point p : points) {
            OptionalLong key = key(p.label());
            if (key.isEmpty() || key.getAsLong() <= previous) {
                return false;
            }
            int k = kindOf(p.label(), key.getAsLong());
            if (kind >= 0 && k != kind) {
                return false;
            }
            kind = k;
            previous = key.getAsLong();
        }
        return true;
    }

    private static int kindOf(String label, long key) {
        if (key % 100 == 0) {
            return 0;
        }
        return QUARTER.matcher(label.strip()).matches() ? 2 : 1;
    }
}
