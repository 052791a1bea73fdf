package org.disclose.content;

import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters, digits and hyphens, so that a slug can never leave its folder. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    /**
     * Whether a name written in words (a region such as 长春市) can be one segment of an address as it is: no
     * separators, no characters with a meaning in URLs, no blanks, not {@code .} or {@code ..}.
     */
    public static boolean isValidName(String name) {
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..") || name.length() > 100) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%' || Character.isWhitespace(c)
                    || Character.isISOControl(c) || c == '\u3000') {
                return false;
            }
        }
        return true;
    }

    public static String rule() {
        return "use only lower-case letters a-z, digits 0-9 and '-' (not at the start or end), at most 100 characters";
    }

    /** The slug a file name gives: its name without the extension. */
    public static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
