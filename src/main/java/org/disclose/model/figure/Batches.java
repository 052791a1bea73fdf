package org.disclose.model.figure;

import java.io.Serializable;
/**
 * The 交办 batches a figure covers: one (第13批), a range (第1至13批), or cumulative through N (截至第N批), which covers
 * the same batches as 第1至N批 and so is the same scope. Handling figures often cover fewer batches than were assigned
 * (办理 through 13 while 22 are assigned); a figure is compared only with figures of the same batches.
 *
 * <p>{@code writtenThrough} keeps how the source worded it, so that pages and open data can say 截至第22批 where the
 * source does and 第1至22批 where it does; it takes no part in equality, so that the relation checks see
 * {@code through: 22} and {@code batches: 1-22} as the same batches.
 *
 * @param writtenThrough the source counts cumulatively through {@code last} (截至第N批); {@code first} is then 1
 */
public record Batches(int first, int last, boolean writtenThrough) implements Serializable {

    public Batches {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("batches run from 1 upwards, first to last: " + first + "–" + last);
        }
        if (writtenThrough && first != 1) {
            throw new IllegalArgumentException("a cumulative count runs from batch 1, not " + first);
        }
    }

    /** Batches as a range or a single batch, not worded as cumulative. */
    public Batches(int first, int last) {
        this(first, last, false);
    }

    public static Batches single(int n) {
        return new Batches(n, n);
    }

    public static Batches range(int first, int last) {
        return new Batches(first, last);
    }

    /** Cumulative through batch {@code n} (截至第N批): batches 1 to {@code n}, worded as the source words it. */
    public static Batches through(int n) {
        return new Batches(1, n, true);
    }

    public boolean isSingle() {
        return first == last;
    }

    /** Whether these batches run from the first: a running total, however the source words it. */
    public boolean isCumulative() {
        return first == 1;
    }

    /** {@code 第13批} or {@code 第1至13批}, as bulletins write them: for messages, which name batches as ranges. */
    public String display() {
        return isSingle() ? "第" + first + "批" : "第" + first + "至" + last + "批";
    }

    /** The same batches whatever the wording: {@code through: 22} equals {@code batches: 1-22}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Batches b && b.first == first && b.last == last;
    }

    @Override
    public int hashCode() {
        return 31 * first + last;
    }
}
