package org.disclose.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.disclose.diag.Crash;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.Photo;
import org.disclose.model.PhotoSizes;
import org.disclose.publish.Output;
import org.disclose.publish.PhotoEncoder;
import org.disclose.render.PublishedPhotos;
import org.disclose.render.SiteAddresses;

/**
 * The photos of a build: each published in every width of its settings, as pixels only ({@link PhotoEncoder}), in
 * parallel, with a warning for a file over {@link PhotoSizes#BUDGET_BYTES}.
 */
final class PhotoFiles {

    private final Map<String, PublishedPhotos.Owned> photos;
    private final PhotoSizes sizes;
    private final PhotoEncoder encoder;

    PhotoFiles(Map<String, PublishedPhotos.Owned> photos, PhotoSizes sizes, PhotoEncoder encoder) {
        this.photos = photos;
        this.sizes = sizes;
        this.encoder = encoder;
    }

    /** Every file the photos are published as (each width of each), with where the photo is named. */
    Map<String, SourcePos> files() {
        Map<String, SourcePos> files = new TreeMap<>();
        for (PublishedPhotos.Owned o : photos.values()) {
            for (Photo.Variant v : o.photo().variants(sizes)) {
                files.put(SiteAddresses.photo(o.page(), v.file()), o.photo().at());
            }
        }
        return files;
    }

    /** Encodes and writes every photo; one that cannot be decoded is an error at where it is named. */
    void write(Output out, Diagnostics diagnostics) {
        Crash.Units units = new Crash.Units(diagnostics);
        photos.values().parallelStream().forEach(o -> units.run(o.photo().at(), "publishing image '"
                + o.photo().file() + "'", () -> write(o, out, diagnostics)));
    }

    private void write(PublishedPhotos.Owned o, Output out, Diagnostics diagnostics) {
        Photo photo = o.photo();
        List<byte[]> encoded;
        try {
            encoded = encoder.encode(photo.source(), photo.facts());
        } catch (IOException e) {
            diagnostics.error(photo.at(), "image '" + photo.file() + "' cannot be decoded (" + e.getMessage()
                    + "): save it again as JPEG or PNG");
            return;
        }
        List<Photo.Variant> variants = photo.variants(sizes);
        for (int i = 0; i < variants.size(); i++) {
            Photo.Variant v = variants.get(i);
            byte[] bytes = encoded.get(i);
            if (bytes.length > PhotoSizes.BUDGET_BYTES) {
                diagnostics.warning(photo.at(), String.format(Locale.ROOT, "image '%s' is published %d pixels wide in "
                        + "%,d KB, more than the %d KB a reader on a slow link should pay for one image: crop it, or "
                        + "lower images.quality in content/site.yaml (now %d)", photo.file(), v.width(),
                        (bytes.length + 1023) / 1024, PhotoSizes.BUDGET_BYTES / 1024, sizes.quality()));
            }
            out.write(SiteAddresses.photo(o.page(), v.file()), bytes);
        }
    }
}
