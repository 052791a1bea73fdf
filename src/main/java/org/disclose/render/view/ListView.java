package org.disclose.render.view;

import java.util.List;

/** One page of a paginated list. */
public record ListView<T>(String heading, List<T> items, Pager pager) {

    public boolean empty() {
        return items.isEmpty();
    }
}
