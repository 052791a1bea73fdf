package org.disclose.privacy;

import org.disclose.privacy.NumberChars;
/**
 * The characters of a personal number: digits (ASCII, and Chinese numerals as a number is read aloud), what may
 * separate its groups, and the Luhn check of card numbers.
 */
final class NumberChars {

    private NumberChars() {
    }

    /** The Luhn check of card numbers (ISO/IEC 7812): the last digit makes the doubled-alternate sum a multiple of 10. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** A digit: ASCII (other scripts are folded to it before), or a Chinese numeral as a number is read aloud. */
    static boolean isDigit(char c) {
        return c <= '9' ? c >= '0' : c >= '\u25CB' && value(c) != c;
    }

    /**
     * The ASCII digit a digit stands for: 一三八 is 138, 幺 the 1 of a telephone number, 〇 零 ○ a 0, and the financial
     * numerals 壹贰叁肆伍陆柒捌玖 as the plain ones.
     */
    static char value(char c) {
        return switch (c) {
            case '〇', '零', '○' -> '0';
            case '一', '幺', '壹' -> '1';
            case '二', '贰' -> '2';
            case '三', '叁' -> '3';
            case '四', '肆' -> '4';
            case '五', '伍' -> '5';
            case '六', '陆' -> '6';
            case '七', '柒' -> '7';
            case '八', '捌' -> '8';
            case '九', '玖' -> '9';
            default -> c;
        };
    }

    /** A Chinese numeral read as a digit: a digit only among its own kind (张三13812345678 is 张三 and a mobile). */
    static boolean isChineseNumeral(char c) {
        return c > '9' && isDigit(c);
    }

    static boolean isQ(char c) {
        return c == 'q' || c == 'Q';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * What may split a number: spaces (NBSP and U+3000 are folded to spaces before), dashes of every length, the
     * minus sign, dots and middle dots, and brackets ((138)1234-5678, （138）1234 5678). Not slashes: they join
     * the parts of an address and a date ({@code releases/gen-1461/} then {@code 2022-03-07} in a sitemap).
     */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '-' || c == '.' || c == '\u00B7' || c >= '\u2010' && c <= '\u2015'
                || c == '\u2212' || c == '\u2022' || c == '\u2027' || c == '\u30FB' || c == '\u2E3A'
                || c == '\u2E3B' || c == '\u00A0' || c == '\u3000' || c == '\uFE58' || c == '\uFE63'
                || c == '(' || c == ')' || c == '（' || c == '）';
    }
}
