package org.disclose.pipeline;

/**
 * A 128-bit digest of text (MurmurHash3 x64/128 over its UTF-16 units), for recognising a page's inputs between
 * builds. Not for security: nobody gains from forging a page's own inputs, while 128 bits make an accidental match
 * vanishingly rare. Several times faster than SHA-256 where the JIT has no SHA instructions, and it reads the chars
 * as they are, without encoding the text to bytes first.
 */
final class Digest128 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private Digest128() {
    }

    /** The digest of {@code seed} then {@code text}, as 32 hex digits. */
    static String of(CharSequence seed, CharSequence text) {
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

    /** Chars copied out of the text a piece at a time: reading them one by one from the string costs a check each. */
    private static final ThreadLocal<char[]> PIECE = ThreadLocal.withInitial(() -> new char[8192]);

    /** Mixes in the text eight chars (two 64-bit blocks) at a time; returns how many chars it read. */
    private static long feed(long[] h, CharSequence text) {
        String s = text.toString();
        long h1 = h[0];
        long h2 = h[1];
        int len = s.length();
        char[] c = PIECE.get();
        int i = 0;
        while (len - i >= 8) {
            int n = Math.min(c.length, (len - i) & ~7); // whole blocks only
            s.getChars(i, i + n, c, 0);
            for (int j = 0; j < n; j += 8) {
                long k1 = c[j] | (long) c[j + 1] << 16 | (long) c[j + 2] << 32 | (long) c[j + 3] << 48;
                long k2 = c[j + 4] | (long) c[j + 5] << 16 | (long) c[j + 6] << 32 | (long) c[j + 7] << 48;
                k1 *= C1;
                k1 = Long.rotateLeft(k1, 31);
                k1 *= C2;
                h1 ^= k1;
                h1 = Long.rotateLeft(h1, 27);
                h1 += h2;
                h1 = h1 * 5 + 0x52dce729;
                k2 *= C2;
                k2 = Long.rotateLeft(k2, 33);
                k2 *= C1;
                h2 ^= k2;
                h2 = Long.rotateLeft(h2, 31);
                h2 += h1;
                h2 = h2 * 5 + 0x38495ab5;
            }
            i += n;
        }
        long k1 = 0;
        long k2 = 0;
        for (int j = 0; i + j < len; j++) { // the last one to seven chars
            long ch = s.charAt(i + j);
            if (j < 4) {
                k1 |= ch << (16 * j);
            } else {
                k2 |= ch << (16 * (j - 4));
            }
        }
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        k1 *= C2;
        h1 ^= k1;
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        k2 *= C1;
        h2 ^= k2;
        h[0] = h1;
        h[1] = h2;
        return len;
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
