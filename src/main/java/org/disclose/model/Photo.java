package org.disclose.model;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclose.diag.SourcePos;
import org.disclose.model.figure.PartialDate;

/**
 * A photograph published with a release, page or case: only its pixels, in the widths of {@link PhotoSizes}, under
 * its owner page's address.
 *
 * @param file    where it is published, relative to its owner page's address ({@code photos/river.jpg}; a case's
 *                gallery images {@code images/<path>}); the largest width keeps this name
 * @param alt     the text read to those who cannot see it (required)
 * @param caption shown under it, or null
 * @param date    when it was taken, at the precision the source gives, or null (a before/after pair shows it)
 * @param facts   what its header said: size, orientation, GPS, metadata
 * @param source  the real path it is published from, checked to lie inside content/ when its owner was read
 * @param at      where its path is written, for what publishing it finds
 */
public record Photo(String file, String alt, String caption, PartialDate date, ImageFacts facts, Path source,
                    SourcePos at) implements Serializable {

    /** One published width of a photo: its file, relative to the owner page's address, and its pixel size. */
    public record Variant(String file, int width, int height) {
    }

    /** The files it is published as, ascending by width; the largest under {@link #file} itself. */
    public List<Variant> variants(PhotoSizes sizes) {
        List<Integer> widths = sizes.widthsFor(facts.shownWidth());
        List<Variant> out = new ArrayList<>(widths.size());
        int largest = widths.get(widths.size() - 1);
        for (int w : widths) {
            out.add(new Variant(w == largest ? file : sized(w), w,
                    PhotoSizes.heightAt(w, facts.shownWidth(), facts.shownHeight())));
        }
        return out;
    }

    /** The largest published width: what {@code width}/{@code height} of an {@code <img>} give. */
    public Variant largest(PhotoSizes sizes) {
        List<Variant> all = variants(sizes);
        return all.get(all.size() - 1);
    }

    /** The {@code srcset} of its {@code <img>}: each width's file after {@code prefix}, with its width. */
    public String srcset(PhotoSizes sizes, String prefix) {
        StringBuilder s = new StringBuilder();
        for (Variant v : variants(sizes)) {
            s.append(s.length() == 0 ? "" : ", ").append(prefix).append(v.file()).append(' ').append(v.width())
                    .append('w');
        }
        return s.toString();
    }

    /** {@code photos/river.jpg} at 480 px: {@code photos/river-480w.jpg}. */
    private String sized(int width) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        return dot > slash ? file.substring(0, dot) + "-" + width + "w" + file.substring(dot) : file + "-" + width + "w";
    }

    /** Kept between builds (the read cache) with its path as text: a {@link Path} is not serializable. */
    private Object writeReplace() {
        return new Kept(file, alt, caption, date, facts, source.toString(), at);
    }

    private record Kept(String file, String alt, String caption, PartialDate date, ImageFacts facts, String source,
                        SourcePos at) implements Serializable {
        private Object readResolve() {
            return new Photo(file, alt, caption, date, facts, Path.of(source), at);
        }
    }
}
