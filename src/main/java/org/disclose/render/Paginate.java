package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import org.disclose.render.view.Pager;

/**
 * Splits a long list into pages at {@code base}, {@code base page/2/}, {@code base page/3/} ... as Hugo does, so
 * that the first page keeps the list's own address.
 */
public final class Paginate {

    private Paginate() {
    }

    public record Slice<T>(String path, List<T> items, Pager pager) {
    }

    public static <T> List<Slice<T>> of(List<T> all, int pageSize, String base) {
        int total = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        List<Slice<T>> slices = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            Pager pager = new Pager(n, total, n > 1 ? SiteAddresses.listPage(base, n - 1) : null,
                    n < total ? SiteAddresses.listPage(base, n + 1) : null, window(base, n, total));
            int from = (n - 1) * pageSize;
            List<T> items = all.subList(Math.min(from, all.size()), Math.min(from + pageSize, all.size()));
            slices.add(new Slice<>(SiteAddresses.listPage(base, n), List.copyOf(items), pager));
        }
        return slices;
    }

    /** First, last, and two either side of the current page; a gap marks each skipped run. */
    private static List<Pager.PageNumber> window(String base, int current, int total) {
        List<Pager.PageNumber> numbers = new ArrayList<>();
        int previous = 0;
        for (int k = 1; k <= total; k++) {
            if (k == 1 || k == total || Math.abs(k - current) <= 2) {
                numbers.add(new Pager.PageNumber(k, SiteAddresses.listPage(base, k), k == current, k - previous > 1));
                previous = k;
            }
        }
        return List.copyOf(numbers);
    }
}
