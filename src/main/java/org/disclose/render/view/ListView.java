package org.disclose.render.view;

import java.util.List;

/**
 * One page of a paginated list.
 *
 * @param csvPath the open-data table of the list, or null
 */
public record ListView<T>(String heading, List<T> items, Pager pager, String csvPath) {

    public boolean empty() {
        return items.isEmpty();
    }
}
