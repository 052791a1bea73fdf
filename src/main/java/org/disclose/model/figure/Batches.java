package org.disclose.model.figure;

/**
 * The 交办 batches a figure covers: one (第13批), a range (第1至13批), or cumulative through N, which covers the same
 * batches as 第1至N批 and so is the same scope. Handling figures often cover fewer batches than were assigned
 * (办理 through 13 while 22 are assigned); a figure is compared only with figures of the same batches.
 */
public record Batches(int first, int last) {

    public Batches {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("batches run from 1 upwards, first to last: " + first + "–" + last);
        }
    }

    public static Batches single(int n) {
        return new Batches(n, n);
    }

    public static Batches range(int first, int last) {
        return new Batches(first, last);
    }

    public static Batches through(int n) {
        return new Batches(1, n);
    }

    public boolean isSingle() {
        return first == last;
    }

    public boolean isCumulative() {
        return first == 1;
    }

    /** {@code 第13批} or {@code 第1至13批}, as bulletins write them. */
    public String display() {
        return isSingle() ? "第" + first + "批" : "第" + first + "至" + last + "批";
    }
}
