package org.disclose.render.view;

import java.util.List;

/**
 * The photos a page draws outside its body: its lead image (or null) and its before/after pairs, each read in that
 * order by a screen reader.
 */
public record PhotosView(PhotoView lead, List<Pair> pairs) {

    public static final PhotosView NONE = new PhotosView(null, List.of());

    /** The same place before and after rectification. */
    public record Pair(PhotoView before, PhotoView after) {
    }

    public boolean hasPairs() {
        return !pairs.isEmpty();
    }
}
