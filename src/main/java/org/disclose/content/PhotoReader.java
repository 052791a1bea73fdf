package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.files.ImageHeaders;
import org.disclose.markdown.BodyPhotos;
import org.disclose.model.ImageFacts;
import org.disclose.model.Photo;
import org.disclose.model.PhotoPair;
import org.disclose.model.Photos;
import org.disclose.model.figure.PartialDate;
import org.disclose.text.FieldLimits;
import org.disclose.text.Fields;

/**
 * The photos of one release, page or case, from its own folder (docs/content.md, "Photos"): its lead image
 * ({@code image:}), its before/after pairs ({@code beforeAfter:}) and those its body shows. Each is a JPEG or PNG
 * whose header can be read; a GIF or WebP is refused with advice, since only JPEG and PNG can be published as pixels
 * alone; a photo that carried a GPS position is noted.
 */
final class PhotoReader {

    /** Pixels a photo may have: 50 million is a 8,660 × 5,773 picture; a decoded one takes 200 MB. */
    static final long MAX_PIXELS = 50_000_000L;

    private final ContentFiles files;
    private final Diagnostics diagnostics;
    private final OwnFile own;
    private final List<Photo> declared = new ArrayList<>();
    private final List<Photo> body = new ArrayList<>();
    private Photo lead;
    private List<PhotoPair> pairs = List.of();

    /** @param folder the owner's folder ({@code content/releases/<name>/}), which need not exist */
    PhotoReader(ContentFiles files, Path folder, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
        String shown = files.shown(folder) + "/";
        this.own = new OwnFile("image", "image", folder, shown, "not found in " + shown, PhotoReader::kindProblem);
    }

    /** Reads {@code image:} and {@code beforeAfter:} of the owner's front matter. */
    PhotoReader fields(Fields f) {
        lead = f.mapping("image", "the lead image").flatMap(this::item).orElse(null);
        List<PhotoPair> read = new ArrayList<>();
        for (Fields pair : f.list("beforeAfter", "a before/after pair")) {
            Optional<Photo> before = pair.mapping("before", "the photo before").flatMap(this::item);
            Optional<Photo> after = pair.mapping("after", "the photo after").flatMap(this::item);
            for (String side : List.of("before", "after")) {
                if (!pair.has(side)) {
                    diagnostics.error(pair.pos(), "a before/after pair is missing the required field '" + side + "'");
                }
            }
            pair.reportUnknown();
            if (before.isPresent() && after.isPresent()) {
                read.add(new PhotoPair(before.get(), after.get()));
            }
        }
        pairs = List.copyOf(read);
        return this;
    }

    /**
     * A case's gallery ({@code images:}), whose paths are relative to content/cases/ and published under
     * {@code images/} of the case's address, as documented before photos had folders of their own.
     */
    List<Photo> gallery(Fields f, Path file) {
        OwnFile cases = new OwnFile("image path", "image", file.getParent(), "content/cases/",
                "not found next to " + file.getFileName(), PhotoReader::kindProblem);
        List<Photo> gallery = new ArrayList<>();
        for (Fields i : f.list("images", "an image")) {
            String path = i.requireString("path");
            String alt = i.requireString("alt");
            Optional<Photo> photo = path == null ? Optional.empty()
                    : photo(cases, path, "images/" + path, alt, i.string("caption"), null, i.posOf("path"));
            i.reportUnknown();
            if (alt != null) {
                photo.ifPresent(gallery::add);
            }
        }
        declared.addAll(gallery);
        return List.copyOf(gallery);
    }

    /** The images the body shows from the owner's folder (or names among its declared photos), kept as read. */
    BodyPhotos body() {
        return (destination, alt, at) -> {
            if (!ownPath(destination)) {
                return Optional.empty();
            }
            for (Photo p : declared) {
                if (p.file().equals(destination)) {
                    return Optional.of(p);
                }
            }
            Optional<Photo> photo = photo(own, destination, destination, alt, null, null, at);
            photo.ifPresent(body::add);
            return photo;
        };
    }

    /** What was read, once the body was rendered. */
    Photos photos() {
        return new Photos(lead, body, pairs);
    }

    /** A path into the owner's own folder, as a body writes one: relative, without {@code ..}, query or escapes. */
    private static boolean ownPath(String destination) {
        return !destination.isEmpty() && !destination.startsWith("/") && !destination.startsWith("#")
                && destination.indexOf('?') < 0 && destination.indexOf('#') < 0 && destination.indexOf('%') < 0
                && destination.indexOf(':') < 0 && !Arrays.asList(destination.split("/", -1)).contains("..")
                && !Arrays.asList(destination.split("/", -1)).contains(".");
    }

    /** {@code {file, alt, caption, date}} of a lead image or one side of a pair. */
    private Optional<Photo> item(Fields m) {
        String file = m.requireString("file");
        String alt = m.requireString("alt");
        String caption = m.string("caption");
        PartialDate date = m.partialDate("date", false);
        m.reportUnknown();
        if (file == null || alt == null) {
            return Optional.empty();
        }
        Optional<Photo> photo = photo(own, file, file, alt, caption, date, m.posOf("file"));
        photo.ifPresent(declared::add);
        return photo;
    }

    private Optional<Photo> photo(OwnFile rule, String written, String published, String alt, String caption,
                                  PartialDate date, SourcePos at) {
        Optional<Path> real = rule.admit(written, at, files, diagnostics);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        long bytes;
        ImageFacts facts;
        try {
            bytes = Files.size(real.get());
            if (bytes > FieldLimits.IMAGE_BYTES) {
                diagnostics.error(at, String.format(Locale.ROOT, "image '%s' has %,d bytes, more than the %d MiB "
                        + "an image may have: save it smaller (a photograph for the web needs well under 5 MiB)",
                        written, bytes, FieldLimits.IMAGE_BYTES >> 20));
                return Optional.empty();
            }
            facts = ImageHeaders.read(real.get());
        } catch (IOException e) {
            diagnostics.error(at, "image '" + written + "' cannot be read (" + e.getMessage()
                    + "): save it again as JPEG or PNG");
            return Optional.empty();
        }
        Optional<String> problem = factsProblem(written, facts);
        if (problem.isPresent()) {
            diagnostics.error(at, problem.get());
            return Optional.empty();
        }
        if (facts.gps()) {
            diagnostics.note(at, "image '" + written + "' carries a GPS position (where it was taken): the "
                    + "published image has none, but the file in content/ still has it");
        }
        return Optional.of(new Photo(published, alt, caption, date, facts, real.get(), at));
    }

    /** Why a file's name is not of an image the site publishes, or empty. */
    private static Optional<String> kindProblem(String name) {
        String ext = name.lastIndexOf('.') < name.lastIndexOf('/') ? ""
                : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "jpg", "jpeg", "png" -> Optional.empty();
            case "gif", "webp" -> Optional.of(unpublished(name, ext.toUpperCase(Locale.ROOT)));
            default -> Optional.of("'" + name + "' is not an image this site publishes: use .jpg, .jpeg or .png");
        };
    }

    /** Why an image whose bytes were read cannot be published, or empty. */
    private static Optional<String> factsProblem(String name, ImageFacts facts) {
        if (!facts.kind().published()) {
            return Optional.of(unpublished(name, facts.kind() == ImageFacts.Kind.GIF ? "GIF" : "WebP"));
        }
        boolean png = name.toLowerCase(Locale.ROOT).endsWith(".png");
        if (png != (facts.kind() == ImageFacts.Kind.PNG)) {
            return Optional.of("image '" + name + "' is a " + facts.kind() + " image, not what its name says: "
                    + "rename it to end in " + (png ? ".jpg" : ".png"));
        }
        if ((long) facts.width() * facts.height() > MAX_PIXELS || facts.width() < 1 || facts.height() < 1) {
            return Optional.of(String.format(Locale.ROOT, "image '%s' is %,d × %,d pixels, more than the %,d "
                    + "million a photo may have: save it smaller (1,600 pixels wide is the most a page shows)",
                    name, facts.width(), facts.height(), MAX_PIXELS / 1_000_000));
        }
        return Optional.empty();
    }

    private static String unpublished(String name, String format) {
        return "image '" + name + "' is a " + format + " image, which this site does not publish (its metadata "
                + "cannot be removed here): save it as JPEG (a photograph) or PNG (a drawing or screenshot)";
    }
}
