package org.disclose.text;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt field names and values. */
public final class Suggest {

    private Suggest() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        Optional<String> simplified = simplified(typed, known);
        if (simplified.isPresent()) {
            return simplified; // 已辦結 is 已办结 in traditional characters, however far apart the two are spelt
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (Math.abs(typed.length() - candidate.length()) > 3) {
                continue; // at least that far apart, more than is ever suggested: no need to measure a long text
            }
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** The known term {@code typed} is when its traditional characters are written simplified (已辦結: 已办结). */
    public static Optional<String> simplified(String typed, Collection<String> known) {
        String s = Traditional.simplified(typed);
        return s.equals(typed) || !known.contains(s) ? Optional.empty() : Optional.of(s);
    }

    /**
     * The hint of an error about {@code typed}, which is none of {@code known}: " (did you mean '属实'?)", naming the
     * simplified term where it is one written in traditional characters; empty when nothing is close.
     */
    public static String didYouMean(String typed, Collection<String> known) {
        Optional<String> simplified = simplified(typed, known);
        if (simplified.isPresent()) {
            return " (written in traditional characters: did you mean '" + simplified.get() + "'?)";
        }
        return closest(typed, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
