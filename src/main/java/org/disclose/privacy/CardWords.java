package org.disclose.privacy;

import org.disclose.privacy.CardWords;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The words that make a long Luhn-valid number a card or account number (银行卡, 卡号, 账号 ...), and whether one
 * stands near a number: grouped case numbers (受理编号) and statistics have as many digits, so without such a word a
 * number is no card. The words of a text are found once, when a long enough run first asks.
 */
final class CardWords {

    private static final List<String> WORDS = List.of("银行卡", "卡号", "账号", "帐号", "账户", "帐户", "开户",
            "储蓄卡", "信用卡", "借记卡", "存折", "银行账", "银行帐", "收款", "card", "account", "acct", "iban");
    /** How far before and after a number a word may stand. */
    private static final int BEFORE = 30;
    private static final int AFTER = 12;

    private final String s;
    private int[] starts;

    CardWords(String text) {
        this.s = text;
    }

    /** Whether the text has a card word at all. */
    boolean any() {
        return starts().length > 0;
    }

    /**
     * Whether a card word ends within {@link #BEFORE} characters before {@code from} or starts within
     * {@link #AFTER} after {@code to}, on the same line.
     */
    boolean near(int from, int to) {
        int[] words = starts();
        int k = Arrays.binarySearch(words, Math.max(0, from - BEFORE - 8));
        for (k = k < 0 ? -k - 1 : k; k < words.length && words[k] < to + AFTER; k++) {
            int w = words[k];
            boolean before = w < from && from - w <= BEFORE + 8 && oneLine(w, from);
            boolean after = w >= to && oneLine(to, w);
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /** Whether no line break is in {@code s[from, to)} (a short range). */
    private boolean oneLine(int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Where card words start in the text, in order; found once per text, when a long enough run needs them. */
    private int[] starts() {
        if (starts == null) {
            TreeSet<Integer> at = new TreeSet<>();
            char[] chars = s.toCharArray(); // lower case for ASCII only, so that places stay where they are
            for (int k = 0; k < chars.length; k++) {
                if (chars[k] >= 'A' && chars[k] <= 'Z') {
                    chars[k] += 'a' - 'A';
                }
            }
            String lower = new String(chars);
            for (String word : WORDS) {
                for (int k = lower.indexOf(word); k >= 0; k = lower.indexOf(word, k + 1)) {
                    at.add(k);
                }
            }
            starts = at.stream().mapToInt(Integer::intValue).toArray();
        }
        return starts;
    }
}
