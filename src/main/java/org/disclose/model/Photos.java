package org.disclose.model;

import java.io.Serializable;
import java.util.ArrayList;
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

    /** Every photo, each once by its file: lead, body, then each pair's before and after. */
    public List<Photo> all() {
        List<Photo> all = new ArrayList<>();
        if (lead != null) {
            all.add(lead);
        }
        all.addAll(body);
        for (PhotoPair p : pairs) {
            all.add(p.before());
            all.add(p.after());
        }
        return all;
    }
}
