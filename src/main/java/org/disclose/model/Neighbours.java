package org.disclose.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * 上一篇 / 下一篇 of an article: the items just before and just after it in its column's list, read top to bottom as
 * the list shows them (a list of releases is newest first, so 上一篇 is the newer one). An item the list leaves out (a
 * withdrawn one, a draft in a build without drafts) has neither.
 */
public final class Neighbours<T> {

    private final List<T> list;
    private final Map<T, Integer> index;

    /** @param list the column's list, in the order the list page shows it */
    public Neighbours(List<T> list) {
        this.list = List.copyOf(list);
        this.index = new IdentityHashMap<>(list.size() * 2);
        for (int i = 0; i < this.list.size(); i++) {
            index.put(this.list.get(i), i);
        }
    }

    /** The item just before {@code item} in the list, or null when it is the first or not in the list. */
    public T previous(T item) {
        Integer i = index.get(item);
        return i == null || i == 0 ? null : list.get(i - 1);
    }

    /** The item just after {@code item} in the list, or null when it is the last or not in the list. */
    public T next(T item) {
        Integer i = index.get(item);
        return i == null || i == list.size() - 1 ? null : list.get(i + 1);
    }
}
