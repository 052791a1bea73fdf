package org.disclose.publish;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How text is cut into search tokens, for Chinese written without spaces: each pair of adjacent Han characters is a
 * token (character bigrams), a lone Han character is one too, and runs of Latin letters and digits are words, a
 * dot inside them kept (PM2.5, 97.64). {@code assets/search.js} cuts queries exactly the same way; change both.
 */
public final class SearchTokens {

    private SearchTokens() {
    }

    public static Set<String> of(String text, boolean withSingles) {
        Set<String> tokens = new LinkedHashSet<>();
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isHan(c)) {
                int start = i;
                while (i < n && isHan(s.charAt(i))) {
                    i++;
                }
                if (i - start == 1 || withSingles) {
                    for (int k = start; k < i; k++) {
                        tokens.add(String.valueOf(s.charAt(k)));
                    }
                }
                for (int k = start; k + 1 < i; k++) {
                    tokens.add(s.substring(k, k + 2));
                }
            } else if (isWord(c)) {
                int start = i;
                while (i < n && (isWord(s.charAt(i)) || s.charAt(i) == '.' && i + 1 < n && isWord(s.charAt(i + 1))
                        && i > start)) {
                    i++;
                }
                tokens.add(s.substring(start, i));
            } else {
                i++;
            }
        }
        return tokens;
    }

    static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }

    static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** FNV-1a over UTF-16 code units, as search.js computes it, to pick a token's shard. */
    public static int shard(String token, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }
}
