package org.disclose.markdown;

import java.util.Optional;
import org.disclose.diag.SourcePos;
import org.disclose.model.Photo;

/**
 * The photos a body shows from its owner's own folder ({@code ![替代文本](photos/a.jpg)} in a release): given where
 * an image is written, the photo it publishes there, or empty when the image is not one of the owner's own files (an
 * address such as {@code ../../cases/x/images/a.jpg}, which the link check verifies) or was refused (reported).
 */
@FunctionalInterface
public interface BodyPhotos {

    /** For bodies that own no folder (bulletins): every image is left to the link check. */
    BodyPhotos NONE = (destination, alt, at) -> Optional.empty();

    Optional<Photo> photo(String destination, String alt, SourcePos at);
}
