package org.disclose.model;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 索引号 as the build assigns them: {@code <organisation code>/<year>-<serial>}, the serial counted per year and
 * organisation and written with at least five digits ({@code 11220000013544357T/2023-00001}).
 */
public final class IndexNumbers {

    /** An organisation code: letters and digits, as a 统一社会信用代码 or an older 组织机构代码 is written. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,40}");
    private static final Pattern NUMBER = Pattern.compile("([0-9A-Za-z]{1,40})/([0-9]{4})-([0-9]{1,9})");

    private IndexNumbers() {
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static String format(String code, int year, int serial) {
        return code + "/" + year + "-" + String.format(Locale.ROOT, "%05d", serial);
    }

    /** The serial of {@code number} when it is one of {@code code}'s for {@code year}. */
    public static OptionalInt serial(String number, String code, int year) {
        Matcher m = NUMBER.matcher(number == null ? "" : number);
        if (!m.matches() || !m.group(1).equals(code) || Integer.parseInt(m.group(2)) != year) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(3)));
    }
}
