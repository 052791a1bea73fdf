package org.disclose.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The digest reads the text a piece at a time; it must be MurmurHash3 x64/128 over the text's UTF-16 units whatever
 * the length, pieces and their boundaries included, as the plain char-by-char definition below computes it.
 */
class Digest128Test {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    @Test
    void equalsTheCharByCharDefinitionAtEveryLengthAroundThePieces() {
        Random random = new Random(19);
        for (int len : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 8191, 8192, 8193, 8199, 8200, 16384, 16391, 30001}) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < len; i++) {
                s.append(random.nextBoolean() ? (char) ('a' + random.nextInt(26)) : (char) (0x4e00 + random.nextInt(9000)));
            }
            assertEquals(reference("seed", s.toString()), Digest128.of("seed", s), "length " + len);
            assertEquals(reference("", s.toString()), Digest128.of("", s), "length " + len + ", no seed");
        }
    }

    @Test
    void oneCharChangedChangesTheDigest() {
        String text = "督察整改".repeat(5000);
        String changed = text.substring(0, 12345) + "改" + text.substring(12346);
        assertNotEquals(Digest128.of("", text), Digest128.of("", changed));
    }

    private static String reference(String seed, String text) {
        long[] h = {0x9368e53c2f6af274L, 0x586dcd208f7cd3fdL};
        long n = feed(h, seed) + feed(h, text);
        long h1 = h[0] ^ n;
        long h2 = h[1] ^ n;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        return String.format("%016x%016x", h1, h2);
    }

    private static long feed(long[] h, String s) {
        long h1 = h[0];
        long h2 = h[1];
        int i = 0;
        for (; i + 8 <= s.length(); i += 8) {
            long k1 = block(s, i) * C1;
            h1 ^= Long.rotateLeft(k1, 31) * C2;
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            long k2 = block(s, i + 4) * C2;
            h2 ^= Long.rotateLeft(k2, 33) * C1;
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        for (int j = 0; i + j < s.length(); j++) {
            long c = s.charAt(i + j);
            if (j < 4) {
                k1 |= c << (16 * j);
            } else {
                k2 |= c << (16 * (j - 4));
            }
        }
        h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        h[0] = h1;
        h[1] = h2;
        return s.length();
    }

    private static long block(String s, int i) {
        return s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
