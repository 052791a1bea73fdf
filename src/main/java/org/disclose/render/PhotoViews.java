package org.disclose.render;

import java.util.List;
import org.disclose.model.Photo;
import org.disclose.model.PhotoSizes;
import org.disclose.model.Photos;
import org.disclose.render.view.DateWords;
import org.disclose.render.view.PhotoView;
import org.disclose.render.view.PhotosView;

/** Photos as pages draw them, in the widths they are published in. */
public final class PhotoViews {

    private final PhotoSizes sizes;
    private final Strings t;
    private final DateWords dates;

    public PhotoViews(PhotoSizes sizes, Strings t) {
        this.sizes = sizes;
        this.t = t;
        this.dates = new DateWords(t::get);
    }

    /** The lead image (loaded at once: it is at the top) and the pairs of an owner's photos. */
    public PhotosView of(Photos photos) {
        return new PhotosView(photos.lead() == null ? null : view(photos.lead(), null, false),
                photos.pairs().stream().map(p -> new PhotosView.Pair(view(p.before(), t.get("photoBefore"), true),
                        view(p.after(), t.get("photoAfter"), true))).toList());
    }

    /** A case's gallery, after its body. */
    public List<PhotoView> gallery(List<Photo> images) {
        return images.stream().map(p -> view(p, null, true)).toList();
    }

    private PhotoView view(Photo p, String label, boolean lazy) {
        Photo.Variant largest = p.largest(sizes);
        return new PhotoView(largest.file(), p.srcset(sizes, ""), sizes.sizes(), largest.width(), largest.height(),
                p.alt(), p.caption(), label, p.date() == null ? null : dates.display(p.date()),
                p.date() == null ? null : p.date().iso(), lazy);
    }
}
