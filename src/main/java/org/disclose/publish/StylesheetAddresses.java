package org.disclose.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.PublishedUrl;

/**
 * The addresses a theme's stylesheets load ({@code url(...)}, {@code @import}), judged like every address of a page:
 * a stylesheet may load only files of the site, never from another server. The link check reads the pages; this
 * reads the one other kind of published file that makes a browser fetch something.
 */
public final class StylesheetAddresses {

    private StylesheetAddresses() {
    }

    /**
     * Checks every {@code .css} asset.
     *
     * @param assets published path → the file in the theme
     * @param root   the site folder, to name files as the author sees them
     */
    public static void check(Map<String, Path> assets, Path root, Diagnostics diagnostics) {
        for (Path file : assets.values()) {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css")) {
                continue;
            }
            String shown = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
            try {
                check(Files.readString(file, StandardCharsets.UTF_8), shown, diagnostics);
            } catch (IOException | java.io.UncheckedIOException e) {
                continue; // unreadable as UTF-8 text: publishing it reports the file itself
            }
        }
    }

    static void check(String css, String shown, Diagnostics diagnostics) {
        String text = withoutComments(css);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String opener : new String[] {"url(", "@import"}) {
            for (int at = lower.indexOf(opener); at >= 0; at = lower.indexOf(opener, at + 1)) {
                String address = decoded(value(text, at + opener.length()));
                if (address.isEmpty() && opener.equals("@import")) {
                    continue; // @import url(...): judged as a url(
                }
                PublishedUrl url = PublishedUrl.judge(address);
                if (!url.allowed() || url.leavesSite()) {
                    diagnostics.error(position(css, at, shown), "stylesheet address '" + PublishedUrl.shown(address)
                            + "' is not allowed: " + (url.allowed() ? "a page loads nothing from other servers; "
                            + "put the file in the theme's assets" : "it " + url.refusal()));
                }
            }
        }
    }

    /** The value after {@code url(} or {@code @import}: quoted, or up to {@code )}, {@code ;} or a blank. */
    private static String value(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return "";
        }
        char quote = text.charAt(i);
        if (quote == '"' || quote == '\'') {
            int end = i + 1;
            while (end < text.length() && text.charAt(end) != quote) {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            return text.substring(i + 1, Math.min(end, text.length()));
        }
        if (text.regionMatches(true, i, "url(", 0, 4)) {
            return ""; // @import url(...)
        }
        int end = i;
        while (end < text.length() && ");".indexOf(text.charAt(end)) < 0 && !Character.isWhitespace(text.charAt(end))) {
            end = text.charAt(end) == '\\' ? afterEscape(text, end) : end + 1;
        }
        return text.substring(i, Math.min(end, text.length()));
    }

    /** Where the escape starting at the backslash {@code at} ends: up to six hex digits and one blank, or a character. */
    private static int afterEscape(String text, int at) {
        int j = at + 1;
        while (j < text.length() && j - at <= 6 && Character.digit(text.charAt(j), 16) >= 0) {
            j++;
        }
        if (j == at + 1) {
            return Math.min(j + 1, text.length());
        }
        return j < text.length() && Character.isWhitespace(text.charAt(j)) ? j + 1 : j;
    }

    /** CSS escapes decoded, as a browser reads the address: {@code \2f\2f host} is {@code //host}. */
    private static String decoded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < s.length() && j - i <= 6 && Character.digit(s.charAt(j), 16) >= 0) {
                j++;
            }
            if (j == i + 1) {
                out.append(s.charAt(j));
                i = j;
            } else {
                int cp = Integer.parseInt(s.substring(i + 1, j), 16);
                out.appendCodePoint(cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp);
                i = j < s.length() && Character.isWhitespace(s.charAt(j)) ? j : j - 1;
            }
        }
        return out.toString();
    }

    /** The stylesheet with its comments blanked, keeping every other character where it was. */
    private static String withoutComments(String css) {
        StringBuilder s = new StringBuilder(css);
        for (int open = css.indexOf("/*"); open >= 0; open = css.indexOf("/*", open + 2)) {
            int close = css.indexOf("*/", open + 2);
            int end = close < 0 ? css.length() : close + 2;
            for (int k = open; k < end; k++) {
                if (s.charAt(k) != '\n') {
                    s.setCharAt(k, ' ');
                }
            }
            if (close < 0) {
                break;
            }
            open = end - 2;
        }
        return s.toString();
    }

    private static SourcePos position(String text, int at, String shown) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePos(shown, line, at - lineStart + 1);
    }
}
