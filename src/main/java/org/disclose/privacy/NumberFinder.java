package org.disclose.privacy;

import org.disclose.privacy.ResidentId;
import org.disclose.privacy.PlainText;
import org.disclose.privacy.NumberFinder;
import org.disclose.privacy.NumberChars;
import org.disclose.privacy.Finding;
import org.disclose.privacy.CardWords;
import java.util.List;
import org.disclose.privacy.Finding.Kind;

/**
 * Finds personal numbers in a {@link PlainText}: resident ID numbers, mainland mobile numbers, bank card or account
 * numbers and QQ numbers, however their digits are grouped.
 *
 * <p>A number is read as a sequence of digit groups, each two separated by one to three separators (spaces, dashes,
 * dots, and at most one line break, which a page shows as a space; not a blank line, a comma or a colon):
 * {@code 138 1234 5678}, {@code 220102-19900307-1234}. Chinese numerals are digits too (一三八一二三四五六七八; 幺 is
 * the 1 and 〇 零 the 0 of a number read aloud): a run of them long enough to be a number is one, but next to other
 * digits a run of numerals is a group of its own (张三13812345678 is 三 and a mobile number, not 12 digits). A number
 * with exactly one dot is a decimal whose dot joins nothing (156789012.34); two or more dots separate. Any run of
 * whole groups may be a number, so that two numbers in one list are both found, but a group is never cut: the 12
 * digits of {@code 913812345678} hold no mobile number. Every rule is checked on the digits of such a run:
 * <ul>
 *   <li>resident ID: 17 digits and a check digit (0-9 or X) that is right (GB 11643), a birth date that exists, and
 *       no digit right before or after and no letter right after (letters before do not hide it: ID1101…);</li>
 *   <li>mobile: 1[3-9] and nine digits, alone or after 86 / +86 / 0086, not right after another {@code +} (a foreign
 *       number), not right before an {@code @} (a mailbox's name, judged as an address) and not before 元, 万元 or
 *       亿元 (an amount);</li>
 *   <li>card or account: 16 to 19 digits that pass the Luhn check, only within a few characters of a word such as
 *       银行卡, 卡号, 账号 or 开户, since grouped case numbers (受理编号) and statistics have that many digits too;</li>
 *   <li>QQ: 5 to 11 digits right after "QQ", "Q Q" or 扣扣 (QQ号, QQ：, QQ号码是, QQ为; not a QQ群), the whole run.</li>
 * </ul>
 * Linear: each character is read once into groups, and each group starts at most 19 runs (a run ends past 19 digits).
 */
final class NumberFinder {

    private static final int MAX_SEPARATORS = 3;
    private static final int LONGEST = 19;
    /** How many colons, spaces, 是 or 为 may stand between "QQ号" and its number. */
    private static final int QQ_GAP = 8;

    private final PlainText p;
    private final String s;
    /** The text's chars, read by index many times over: an array, not the string's checked {@code charAt}. */
    private final char[] chars;
    private final List<Finding> out;
    // the groups of the sequence being read: [start, end) in the plain text
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;
    /** Whether the last group is followed right away by X or x (the check digit of an ID). */
    private boolean xTail;
    private final CardWords cardWords;
    /** The first group of the part of the sequence being looked at. */
    private int first;
    /** How many dots the sequence being read has between its groups, and the group after the last of them. */
    private int dots;
    private int cut;

    private NumberFinder(PlainText p, List<Finding> out) {
        this.p = p;
        this.s = p.text();
        this.chars = s.toCharArray();
        this.out = out;
        this.cardWords = new CardWords(s);
    }

    static void find(PlainText p, List<Finding> out) {
        new NumberFinder(p, out).run();
    }

    private void run() {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (NumberChars.isDigit(c)) {
                i = sequence(i);
                windows();
            } else {
                if (NumberChars.isQ(c) && i + 1 < n && (NumberChars.isQ(chars[i + 1])
                        || chars[i + 1] == ' ' && i + 2 < n && NumberChars.isQ(chars[i + 2]))) {
                    qq(i, NumberChars.isQ(chars[i + 1]) ? i + 2 : i + 3);
                } else if (c == '扣' && i + 1 < n && chars[i + 1] == '扣') {
                    qq(i, i + 2);
                }
                i++;
            }
        }
    }

    /** Reads the groups of the sequence starting at {@code i}; returns the index after it. */
    private int sequence(int i) {
        int n = s.length();
        count = 0;
        xTail = false;
        dots = 0;
        cut = -1;
        while (true) {
            int start = i;
            boolean chinese = NumberChars.isChineseNumeral(chars[i]);
            while (i < n && NumberChars.isDigit(chars[i]) && NumberChars.isChineseNumeral(chars[i]) == chinese) {
                i++;
            }
            add(start, i);
            if (i < n && NumberChars.isDigit(chars[i])) {
                continue; // Chinese numerals next to other digits: a group of their own (张三|13812345678)
            }
            if (i < n && (chars[i] == 'X' || chars[i] == 'x')) {
                xTail = true;
                return i + 1;
            }
            int k = i;
            int breaks = 0;
            int gapDots = 0;
            while (k < n && k - i <= MAX_SEPARATORS
                    && (NumberChars.isSeparator(chars[k]) || chars[k] == '\n' && ++breaks == 1)) {
                if (chars[k] == '.') {
                    gapDots++;
                }
                k++;
            }
            if (k == i || k - i > MAX_SEPARATORS || k >= n || !NumberChars.isDigit(chars[k])) {
                return i;
            }
            if (gapDots > 0) {
                dots += gapDots;
                cut = count; // the group after this gap
            }
            i = k;
        }
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /**
     * Looks at every run of whole groups. A number with one dot is a decimal (156789012.34): its dot joins nothing,
     * and the groups on either side are looked at apart; two or more dots separate groups (138.1234.5678).
     */
    private void windows() {
        if (dots == 1) {
            windows(0, cut);
            windows(cut, count);
        } else {
            windows(0, count);
        }
    }

    private void windows(int lo, int hi) {
        first = lo;
        for (int a = lo; a < hi; a++) {
            int total = 0;
            for (int b = a; b < hi; b++) {
                total += ends[b] - starts[b];
                if (total > LONGEST) {
                    break;
                }
                if (total == 11 || total == 13 || total == 15 || total >= 16) {
                    window(a, b, total);
                }
            }
        }
    }

    /** The k-th digit of the run that starts with group a (k within the run). */
    private char digitAt(int a, int k) {
        int g = a;
        while (k >= ends[g] - starts[g]) {
            k -= ends[g] - starts[g];
            g++;
        }
        return NumberChars.value(chars[starts[g] + k]);
    }

    /** Whether the run of total digits from group a may be anything at all, judged on its first digits only. */
    private boolean worthALook(int a, int total) {
        char first = digitAt(a, 0);
        return switch (total) {
            case 11 -> first == '1' && digitAt(a, 1) >= '3';
            case 13 -> first == '8' && digitAt(a, 1) == '6';
            case 15 -> first == '0' && digitAt(a, 1) == '0';
            case 17, 18 -> first != '0' && isCentury(digitAt(a, 6), digitAt(a, 7)) && digitAt(a, 10) <= '1'
                    || total == 18 && cardWords.any();
            default -> cardWords.any();
        };
    }

    /**
     * Whether group g is Chinese numerals that touch group h of other digits with nothing between: such a run may not
     * begin or end a number (第一3812345678 is 第一 and ten digits), though it may stand inside one (138一二三四5678).
     */
    private boolean touchingNumerals(int g, int h) {
        return NumberChars.isChineseNumeral(chars[starts[g]])
                && (h > g ? ends[g] == starts[h] : ends[h] == starts[g]);
    }

    /** 18xx, 19xx or 20xx: the century of a birth date in an ID. */
    private static boolean isCentury(char c1, char c2) {
        return c1 == '1' && (c2 == '8' || c2 == '9') || c1 == '2' && c2 == '0';
    }

    private void window(int a, int b, int total) {
        if (!worthALook(a, total) || a < b && (touchingNumerals(a, a + 1) || touchingNumerals(b, b - 1))) {
            return;
        }
        boolean last = b == count - 1;
        boolean atEnd = last || b + 1 < count && b + 1 == cut && dots == 1; // a decimal's whole part
        char before = starts[a] > 0 ? chars[starts[a] - 1] : ' ';
        char after = ends[b] < s.length() ? chars[ends[b]] : ' ';
        boolean x = last && xTail;
        boolean letterBefore = a == first && NumberChars.isAsciiLetter(before);
        String digits = digits(a, b, total);
        // an ID may follow letters (ID11010519491231002X, No., codeX): 18 characters with a right check digit and a
        // birth date that exists are too many for a chance; case numbers such as D2JL202304210001 have fewer digits
        if ((x ? total == 17 : total == 18) && after != '@') {
            String id = x ? digits + "X" : digits;
            if (ResidentId.isValid(id) && !(last && !x && NumberChars.isAsciiLetter(after))) {
                int end = x ? ends[b] + 1 : ends[b];
                out.add(new Finding(Kind.ID, p.start(starts[a]), p.end(end - 1), ResidentId.mask(id), id));
            }
        }
        if (x) {
            return; // the digits run on into a letter: a code, not a phone or card number
        }
        if (after == '@' && last) {
            return; // a mailbox's name: the address is judged as a whole
        }
        String core = total == 11 ? digits : total == 13 && digits.startsWith("86") ? digits.substring(2)
                : total == 15 && digits.startsWith("0086") ? digits.substring(4) : null;
        boolean foreign = total == 11 && a == first && before == '+'; // +1 381 234 5678
        if (core != null && core.charAt(0) == '1' && core.charAt(1) >= '3' && !foreign
                && !(total == 11 && atEnd && isAmount(ends[b]))) {
            int start = total == 13 && a == first && before == '+' ? starts[a] - 1 : starts[a];
            out.add(new Finding(Kind.MOBILE, p.start(start), p.end(ends[b] - 1), core.substring(0, 3) + "****"
                    + core.substring(7), core));
        }
        if (total >= 16 && !letterBefore && !(last && NumberChars.isAsciiLetter(after)) && NumberChars.luhn(digits)
                && cardWords.near(starts[a], ends[b])) {
            out.add(new Finding(Kind.CARD, p.start(starts[a]), p.end(ends[b] - 1), digits.substring(0, 4) + "****"
                    + digits.substring(total - 4), digits));
        }
    }

    /**
     * A QQ number after the word QQ (or Q Q, 扣扣) that starts at {@code i} and ends at {@code j}: the whole sequence
     * of 5 to 11 digits that follows closely, after 号, 号码 or 同号 and then only colons, spaces, = and 是 or 为.
     * Anything else between ends it (QQ群, "QQ、微信受理 12345 件").
     */
    private void qq(int i, int j) {
        int n = s.length();
        if (i > 0 && NumberChars.isAsciiLetter(chars[i - 1]) || j < n && NumberChars.isAsciiLetter(chars[j])) {
            return;
        }
        if (s.startsWith("号码", j)) {
            j += 2;
        } else if (s.startsWith("同号", j)) {
            j += 2;
        } else if (j < n && chars[j] == '号') {
            j++;
        }
        int gapEnd = Math.min(n, j + QQ_GAP);
        while (j < gapEnd && !NumberChars.isDigit(chars[j])) {
            char c = chars[j];
            if (!(c == ':' || c == '：' || c == ' ' || c == '\t' || c == '=' || c == '是' || c == '为')) {
                return;
            }
            j++;
        }
        if (j >= n || !NumberChars.isDigit(chars[j])) {
            return;
        }
        int end = sequence(j);
        int total = 0;
        for (int g = 0; g < count; g++) {
            total += ends[g] - starts[g];
        }
        if (total < 5 || total > 11 || xTail || end < n && chars[end] == '@') {
            return;
        }
        String digits = digits(0, count - 1, total);
        out.add(new Finding(Kind.QQ, p.start(starts[0]), p.end(end - 1), digits.charAt(0) + "****", digits));
        // the groups read here are read again, as a sequence of their own, when the main loop reaches them
    }

    private String digits(int a, int b, int total) {
        StringBuilder d = new StringBuilder(total);
        for (int g = a; g <= b; g++) {
            for (int k = starts[g]; k < ends[g]; k++) {
                d.append(NumberChars.value(chars[k]));
            }
        }
        return d.toString();
    }

    /** Whether 元, 万元 or 亿元 follows at {@code k}, right away or after one space: an amount (投资 13800000000 元). */
    private boolean isAmount(int k) {
        int n = s.length();
        if (k < n && chars[k] == ' ') {
            k++;
        }
        if (k < n && (chars[k] == '万' || chars[k] == '亿')) {
            k++;
        }
        // 元 of an amount, not of 元旦 or 元月 (a date: 13812345678 元旦前回复 is still a number)
        return k < n && chars[k] == '元' && !(k + 1 < n && (chars[k + 1] == '旦' || chars[k + 1] == '月'));
    }


}
