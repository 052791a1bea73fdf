package org.disclose.text;

import org.disclose.text.PortableName;
import org.disclose.text.Slugs;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names that become addresses. URL slugs (and round, task and indicator ids) are lower-case ASCII letters, digits and
 * hyphens, so that a slug can never leave its folder; names written in words (regions, tags, 受理编号, image file
 * names) may be Chinese but must be portable ({@link PortableName}). Either may not be a name Windows reserves.
 */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches() && PortableName.problem(slug).isEmpty();
    }

    /**
     * Whether a name written in words (a region such as 长春市) can be one segment of an address as it is: see
     * {@link #nameProblem}.
     */
    public static boolean isValidName(String name) {
        return PortableName.problem(name).isEmpty();
    }

    /**
     * Why a name written in words cannot be one segment of an address, as the end of a sentence ("it may not contain
     * spaces ..."); empty when it can.
     */
    public static Optional<String> nameProblem(String name) {
        return PortableName.problem(name);
    }

    public static String rule() {
        return "use only lower-case letters a-z, digits 0-9 and '-' (not at the start or end), at most 100 characters";
    }

    /** What is wrong with a slug that is not {@link #isValid}, as the end of a message. */
    public static String why(String slug) {
        if (slug != null && VALID.matcher(slug).matches()) {
            return PortableName.problem(slug).orElse(rule());
        }
        return rule();
    }

    /** The slug a file name gives: its name without the extension. */
    public static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
