package org.disclose.model;

import java.io.Serializable;
import java.util.List;

/**
 * When a published item appeared, when and how it changed since (更新记录, newest first), and whether it was
 * withdrawn. Withdrawn items keep their address and show why, instead of vanishing.
 *
 * @param published the publication date, or null where the content does not give one
 * @param updated   the latest update: given, or the newest change; null if never updated
 */
public record History(ContentDate published, ContentDate updated, List<Change> changes, Withdrawal withdrawn,
                      Where where) implements Serializable {

    public static final History NONE = new History(null, null, List.of(), null, Where.at(null));

    /** 撤回: when and why an item was withdrawn from publication. */
    public record Withdrawal(ContentDate date, String reason) implements Serializable {
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }

    /** The latest date the item changed: its update, else its publication. */
    public ContentDate lastModified() {
        return updated != null ? updated : published;
    }
}
