package org.disclose.render.view;

import java.util.List;

/** One page of a list of releases, with the years and tags that lead to the other lists. */
public record ReleaseListView(String heading, List<ReleaseCard> items, Pager pager, List<Facet> facets) {

    public boolean empty() {
        return items.isEmpty();
    }
}
