package org.disclose.model;

import java.io.Serializable;
import java.util.List;

/**
 * The photographs a release, page or case publishes.
 *
 * @param lead  shown under the title, or null
 * @param body  those its Markdown body shows ({@code ![替代文本](photos/a.jpg)}), in the order written
 * @param pairs before/after pairs ({@code beforeAfter:})
 */
public record Photos(Photo lead, List<Photo> body, List<PhotoPair> pairs) implements Serializable {

    public static final Photos NONE = new Photos(null, List.of(), List.of());

    public Photos {
        body = List.copyOf(body);
        pairs = List.copyOf(pairs);
    }
}
