package org.disclose.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.PublishedUrl;
import org.disclose.text.Slugs;

/**
 * The one rule for a file that belongs to content (an attachment, a photo, a case's image), named by a path relative
 * to its owner's folder: an address of this site, inside the folder, each part a name that may become an address,
 * of a kind the site publishes, there, inside content/ (symbolic links included) and a regular file. Each refusal is
 * an error at where the path is written, in the words of what the file is.
 *
 * @param noun      what the messages call the path: {@code attachment}, {@code image}, {@code image path}
 * @param thing     what the advice calls the file: {@code file}, {@code image}
 * @param folder    the owner's folder the path is relative to
 * @param shown     that folder as messages show it ({@code content/releases/a/})
 * @param notFound  the end of the message for a file that is not there ({@code not found in content/releases/a/})
 * @param kind      why a name is not of a kind published, or empty when it is
 */
record OwnFile(String noun, String thing, Path folder, String shown, String notFound,
               Function<String, Optional<String>> kind) {

    /** The real path of the file {@code written} names, or empty after an error at {@code at}. */
    Optional<Path> admit(String written, SourcePos at, ContentFiles files, Diagnostics diagnostics) {
        PublishedUrl url = PublishedUrl.judge(written);
        if (!url.allowed() || url.leavesSite()) {
            diagnostics.error(at, noun + " '" + PublishedUrl.shown(written) + "' is not allowed: "
                    + (url.allowed() ? otherServer() : "it " + url.refusal()));
            return Optional.empty();
        }
        if (written.startsWith("/") || Arrays.asList(written.split("/", -1)).contains("..")) {
            diagnostics.error(at, noun + " '" + written + "' leads outside " + shown + ": put the " + thing
                    + " in that folder and give its path relative to it");
            return Optional.empty();
        }
        for (String part : written.split("/", -1)) {
            Optional<String> problem = Slugs.nameProblem(part);
            if (problem.isPresent()) {
                diagnostics.error(at, noun + " '" + written + "' becomes an address: " + problem.get()
                        + "; rename the file");
                return Optional.empty();
            }
        }
        files.guard().scanAddress(written, at, diagnostics);
        Optional<String> wrongKind = kind.apply(written);
        if (wrongKind.isPresent()) {
            diagnostics.error(at, wrongKind.get());
            return Optional.empty();
        }
        Path resolved = folder.resolve(written).normalize();
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(at, noun.replace(" path", "") + " '" + written + "' " + notFound);
            return Optional.empty();
        }
        Optional<Path> real = files.admit(resolved, at, diagnostics);
        if (real.isPresent() && !Files.isRegularFile(real.get())) {
            diagnostics.error(at, noun.replace(" path", "") + " '" + written + "' is not a file: give the path of the "
                    + thing + " itself");
            return Optional.empty();
        }
        return real;
    }

    private String otherServer() {
        return thing.equals("image")
                ? "the site loads nothing from other servers; save the image in " + shown
                        + " and give its path relative to that folder"
                : "the site publishes its own files only; save the file in " + shown
                        + " and give its path relative to that folder";
    }
}
