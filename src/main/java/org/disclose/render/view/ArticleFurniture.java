package org.disclose.render.view;

import java.util.List;

/**
 * What an article page shows below its text, besides the text's own history: 上一篇 / 下一篇 in its column's list
 * (either null at an end of the list, both null for an article the list leaves out) and 相关阅读 (releases sharing
 * tags, most shared first). The QR code of 扫码阅读 is drawn when the page is rendered, from its address.
 */
public record ArticleFurniture(PathLink previous, PathLink next, List<PathLink> related) {

    /** An article outside any list (a standing page): no neighbours, nothing related. */
    public static final ArticleFurniture NONE = new ArticleFurniture(null, null, List.of());

    public ArticleFurniture {
        related = List.copyOf(related);
    }

    /** Whether to show 上一篇 / 下一篇: the article has a neighbour on at least one side. */
    public boolean hasNeighbours() {
        return previous != null || next != null;
    }

    public boolean hasRelated() {
        return !related.isEmpty();
    }
}
