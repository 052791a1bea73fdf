package org.disclose.model;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclose.diag.SourcePos;

/**
 * What the site has published ({@code content/published.yaml}): one entry per page, in the order they were
 * recorded. Entries are only ever added, so the same content and record always build the same site.
 */
public record PublicationRecord(List<Entry> entries) implements Serializable {

    public static final PublicationRecord EMPTY = new PublicationRecord(List.of());

    /**
     * @param path        the page's site path, {@code releases/<slug>/}
     * @param published   发布时间 as it was published
     * @param indexNumber 索引号, or null when the page was published without one
     * @param pos         where the entry is written
     */
    public record Entry(String path, ContentDate published, String indexNumber, SourcePos pos) implements Serializable {
    }

    public PublicationRecord {
        entries = List.copyOf(entries);
    }

    /**
     * Whether a page's history explains a 发布时间 that differs from the recorded one: a change note (更新记录) that
     * says so, naming 发布时间 or 发布日期.
     */
    public static boolean explainsNewDate(History history) {
        return history.changes().stream()
                .anyMatch(c -> c.note() != null && (c.note().contains("发布时间") || c.note().contains("发布日期")));
    }

    public Optional<Entry> byPath(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** Every recorded 索引号, with its entry. */
    public Map<String, Entry> byIndexNumber() {
        Map<String, Entry> out = new HashMap<>();
        entries.stream().filter(e -> e.indexNumber() != null).forEach(e -> out.putIfAbsent(e.indexNumber(), e));
        return out;
    }
}
