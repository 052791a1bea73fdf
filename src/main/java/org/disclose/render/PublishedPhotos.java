package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclose.model.Content;
import org.disclose.model.Page;
import org.disclose.model.Photo;
import org.disclose.model.PhotoPair;
import org.disclose.model.Photos;
import org.disclose.model.Release;
import org.disclose.model.TypicalCase;

/** Every photo the site publishes, with the page it belongs to: what the build encodes and the open data lists. */
public final class PublishedPhotos {

    private PublishedPhotos() {
    }

    /** What a photo is on its page; the open data says it in the theme's words. */
    public enum Role {
        LEAD("photoRoleLead"), BODY("photoRoleBody"), BEFORE("photoBefore"), AFTER("photoAfter"),
        GALLERY("photoRoleGallery");

        /** The key of its name among the theme's strings. */
        public final String stringKey;

        Role(String stringKey) {
            this.stringKey = stringKey;
        }
    }

    /**
     * A photo on its page.
     *
     * @param page   the owner page's site path, under which the photo's files are
     * @param listed whether its owner is listed (not withdrawn): only those are in the open data
     */
    public record Owned(String page, String title, Photo photo, Role role, boolean listed) {

        /** The site path of its largest width, under its own name. */
        public String path() {
            return SiteAddresses.photo(page, photo.file());
        }
    }

    /** Each photo once, by the site path of its largest width, in the order of the site's pages. */
    public static Map<String, Owned> of(Content content) {
        Map<String, Owned> all = new TreeMap<>();
        for (Release r : content.releases()) {
            add(all, SiteAddresses.release(r), r.title(), r.photos(), List.of(), !r.withdrawn());
        }
        for (Page p : content.pages()) {
            add(all, SiteAddresses.page(p), p.title(), p.photos(), List.of(), true);
        }
        for (TypicalCase c : content.cases()) {
            add(all, SiteAddresses.typicalCase(c), c.title(), c.photos(), c.images(), !c.withdrawn());
        }
        return all;
    }

    private static void add(Map<String, Owned> all, String page, String title, Photos photos, List<Photo> gallery,
                            boolean listed) {
        List<Owned> owned = new ArrayList<>();
        if (photos.lead() != null) {
            owned.add(new Owned(page, title, photos.lead(), Role.LEAD, listed));
        }
        photos.body().forEach(p -> owned.add(new Owned(page, title, p, Role.BODY, listed)));
        for (PhotoPair pair : photos.pairs()) {
            owned.add(new Owned(page, title, pair.before(), Role.BEFORE, listed));
            owned.add(new Owned(page, title, pair.after(), Role.AFTER, listed));
        }
        gallery.forEach(p -> owned.add(new Owned(page, title, p, Role.GALLERY, listed)));
        owned.forEach(o -> all.putIfAbsent(o.path(), o));
    }

    /** The image a page is shared with (og:image): its lead, else the first of its gallery or pairs; or null. */
    public static String shareImage(String page, Photos photos, List<Photo> gallery) {
        Photo first = photos.lead() != null ? photos.lead() : !gallery.isEmpty() ? gallery.get(0)
                : !photos.pairs().isEmpty() ? photos.pairs().get(0).after() : null;
        return first == null ? null : SiteAddresses.photo(page, first.file());
    }
}
